import SummitModel

/// What the loading screen says about a load: how far along the whole load is, how many records, how long it
/// still takes. Pure — a progress snapshot and the time now in, numbers and text out — so tests give both.
///
/// The parser reports bytes, so parsing has an exact fraction. Validating and indexing report nothing: each is
/// expected to take its share of `weights` relative to parsing, measured on the benchmark's million records,
/// and its fraction grows with the time spent in it, stopping short of the phase's end until the phase ends.
public struct LoadEstimate: Hashable, Sendable {
    public var phase: LoadProgress.Phase
    /// Of the whole load, 0...1.
    public var fraction: Double
    /// Records parsed so far.
    public var records: Int
    /// The records the file is expected to hold while parsing (from the bytes per record so far); nil once
    /// they are all parsed (then `records` is the total) or before any are.
    public var expectedRecords: Int?
    /// Seconds still to go, or nil while too little is known to say.
    public var secondsLeft: Double?
    /// Reading the dataset cache, not the file.
    public var readingCache: Bool

    /// Shares of a load's time per phase (reading, parsing, validating, indexing). docs/performance.md measures
    /// 4.7 s to parse and validate a million records and 5.1 s to index them; the split of the 4.7 s between
    /// parsing and validating is an estimate, not a measurement. A wrong share only makes "time left" less exact.
    static let weights: [Double] = [0.02, 0.35, 0.12, 0.51]

    public init(_ snapshot: LoadProgress.Snapshot, now: ContinuousClock.Instant) {
        phase = snapshot.phase
        records = snapshot.records
        readingCache = snapshot.readingCache
        let index = snapshot.phase.rawValue
        let before = Self.weights[..<index].reduce(0, +)
        let share = Self.weights[index]
        var within = 0.0
        switch snapshot.phase {
        case .reading:
            within = 0
        case .parsing:
            if snapshot.bytesTotal > 0 {
                within = min(1, Double(snapshot.bytesParsed) / Double(snapshot.bytesTotal))
            }
            if snapshot.records > 0, snapshot.bytesParsed > 0, snapshot.bytesParsed < snapshot.bytesTotal {
                let total = Double(snapshot.records) * Double(snapshot.bytesTotal) / Double(snapshot.bytesParsed)
                expectedRecords = Self.roughly(total)
            }
        case .validating, .indexing:
            // Expected to last its weight's share of what parsing took.
            let started = snapshot.started
            let parsing = LoadProgress.Phase.parsing.rawValue
            if started.count > index, started.count > parsing + 1 {
                let parsed = Self.seconds(started[parsing + 1] - started[parsing])
                let expected = parsed * share / Self.weights[parsing]
                let spent = Self.seconds(now - started[index])
                within = expected > 0 ? min(0.95, spent / expected) : 0.95
            }
        }
        fraction = before + share * within
        if let first = snapshot.started.first, fraction >= 0.01 {
            let elapsed = Self.seconds(now - first)
            secondsLeft = elapsed > 0 ? elapsed * (1 - fraction) / fraction : nil
        }
    }

    /// "412,000 of ~1,000,000 records · 41% · about 3 s left".
    public var line: String { parts.joined(separator: " · ") }

    /// The line's parts, which a narrow screen puts on lines of their own rather than cut.
    public var parts: [String] {
        let count: String
        if let expectedRecords {
            count = "\(Figure.grouped(Double(records))) of ~\(Figure.grouped(Double(expectedRecords))) records"
        } else if phase == .reading {
            count = readingCache ? "reading the cache" : "reading the file"
        } else {
            count = "\(Figure.grouped(Double(records))) record\(records == 1 ? "" : "s")"
        }
        return [count, "\(percent)%", timeLeft]
    }

    /// Whole percent, never 100 before the load ends.
    public var percent: Int { min(99, Int(fraction * 100)) }

    /// What the phase is doing, as the bar's caption says it.
    public var phaseName: String {
        switch phase {
        case .reading: "reading"
        case .parsing: "parsing"
        case .validating: "validating"
        case .indexing: "indexing"
        }
    }

    var timeLeft: String {
        guard let secondsLeft, secondsLeft.isFinite else { return "estimating time left" }
        if secondsLeft < 60 { return "about \(max(1, Int(secondsLeft.rounded()))) s left" }
        return "about \(Int((secondsLeft / 60).rounded())) min left"
    }

    /// `value` to three significant digits: an estimate shown with more would claim a precision it has not.
    static func roughly(_ value: Double) -> Int {
        guard value.isFinite, value >= 1 else { return 0 }
        var scale = 1.0
        while value / scale >= 1000 { scale *= 10 }
        return Int((value / scale).rounded() * scale)
    }

    static func seconds(_ duration: Duration) -> Double {
        let parts = duration.components
        return Double(parts.seconds) + Double(parts.attoseconds) / 1e18
    }
}
