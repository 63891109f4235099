import Dispatch
import Synchronization

/// A dataset cache write left for later, so the explorer shows the panes of a cold load without waiting for the
/// cache (about as long as the load itself at a million records). `start()` encodes on another thread and then
/// writes through `AtomicFile` (temp + rename); `settle()` at exit abandons a write still encoding (no file has
/// been touched yet) and waits for one already writing its bytes, so the process never leaves a temporary file
/// behind and never makes the user wait for an encode they will not use this run (docs/DECISIONS.md).
public final class PendingCacheWrite: Sendable {
    enum Stage: Sendable {
        case waiting, encoding, writing, done, abandoned
    }

    private let cache: DatasetCache
    private let index: DatasetIndex
    private let stamp: DatasetFileStamp
    private let stage = Mutex(Stage.waiting)
    /// Signalled when a started write ends, written or abandoned.
    private let ended = DispatchSemaphore(value: 0)
    private let started = Atomic(false)

    init(cache: DatasetCache, index: DatasetIndex, stamp: DatasetFileStamp) {
        self.cache = cache
        self.index = index
        self.stamp = stamp
    }

    /// Writes the cache on another thread; returns at once.
    public func start() {
        guard stage.withLock({ moveOn(&$0, from: .waiting, to: .encoding) }) else { return }
        started.store(true, ordering: .sequentiallyConsistent)
        DispatchQueue.global().async { [self] in
            defer { ended.signal() }
            let bytes = DatasetCache.encode(index, stamp: stamp)
            guard stage.withLock({ moveOn(&$0, from: .encoding, to: .writing) }) else { return }
            cache.store(bytes, stamp: stamp)
            stage.withLock { $0 = .done }
        }
    }

    /// Writes the cache on this thread, now.
    public func run() {
        guard stage.withLock({ moveOn(&$0, from: .waiting, to: .writing) }) else { return }
        cache.write(index, stamp: stamp)
        stage.withLock { $0 = .done }
    }

    /// Called before the process ends: a write not started or still encoding is abandoned, one writing its bytes
    /// is waited for (the rename follows at once), so no partial file is left and the cache is whole or absent.
    public func settle() {
        let wait = stage.withLock { stage -> Bool in
            switch stage {
            case .waiting, .encoding:
                // The encoding thread sees this before it touches any file and drops its bytes.
                stage = .abandoned
                return false
            case .writing: return true
            case .done, .abandoned: return false
            }
        }
        if wait {
            ended.wait()
            ended.signal()
        }
    }

    /// Waits for a started write to end (for tests: the explorer never waits for an encode).
    func waitForEnd() {
        guard started.load(ordering: .sequentiallyConsistent) else { return }
        ended.wait()
        ended.signal()
    }

    /// Where the write stands (for tests).
    var current: Stage { stage.withLock { $0 } }

    private func moveOn(_ stage: inout Stage, from: Stage, to: Stage) -> Bool {
        guard stage == from else { return false }
        stage = to
        return true
    }
}
