import Synchronization

/// How far a load has come, shared by the thread that loads (which writes it) and the explorer (which reads it
/// once a frame to draw its progress bar), and the one way to cancel a load: the parser checks `isCancelled`
/// between records and the loader between phases. A class behind a `Mutex`, so it is `Sendable` without
/// `@unchecked`; the loader writes it every few thousand records, so the lock is never contended for long.
public final class LoadProgress: Sendable {
    /// The steps of a load, in order.
    public enum Phase: Int, Hashable, Sendable, Comparable {
        case reading, parsing, validating, indexing

        public static func < (a: Phase, b: Phase) -> Bool { a.rawValue < b.rawValue }
    }

    /// What the loader has reported so far.
    public struct Snapshot: Hashable, Sendable {
        public var phase: Phase = .reading
        /// Bytes of the file parsed so far, of `bytesTotal` (0 while reading).
        public var bytesParsed = 0
        public var bytesTotal = 0
        /// Records (elements of the dataset's kind arrays) parsed so far; after parsing, all of them.
        public var records = 0
        /// When each phase began, in phase order: the explorer estimates the time left from them.
        public var started: [ContinuousClock.Instant] = []
        /// True while the loader reads the dataset cache (DECISIONS 63) rather than the file.
        public var readingCache = false

        public init() {}
    }

    /// Records parsed between two reports (and cancellation checks): often enough for a smooth bar and a prompt
    /// stop, rare enough that the lock costs nothing measurable.
    public static let reportEvery = 2048

    private let state = Mutex(Snapshot())
    private let cancelled = Atomic(false)

    public init() {}

    public var snapshot: Snapshot { state.withLock { $0 } }

    /// Asks the load to stop; it ends at its next check, with no dataset.
    public func cancel() { cancelled.store(true, ordering: .relaxed) }

    public var isCancelled: Bool { cancelled.load(ordering: .relaxed) }

    /// Says whether the loader is reading the dataset cache now (false again when the cache could not be used).
    public func readingCache(_ reading: Bool) { state.withLock { $0.readingCache = reading } }

    /// Marks the start of `phase` (now).
    public func begin(_ phase: Phase) {
        let now = ContinuousClock.now
        state.withLock { snapshot in
            snapshot.phase = phase
            while snapshot.started.count <= phase.rawValue { snapshot.started.append(now) }
        }
    }

    /// A report from one of the parsers reading half the records each (DECISIONS 75): `bytes` and `records` more.
    func advanced(bytes: Int, records: Int) {
        state.withLock { snapshot in
            snapshot.bytesParsed += bytes
            snapshot.records += records
        }
    }

    /// The parser's report: `bytes` of `total` parsed, `records` records so far.
    public func parsed(bytes: Int, of total: Int, records: Int) {
        state.withLock { snapshot in
            snapshot.bytesParsed = bytes
            snapshot.bytesTotal = total
            snapshot.records = records
        }
    }
}
