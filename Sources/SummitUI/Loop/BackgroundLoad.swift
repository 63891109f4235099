import Dispatch
import SummitModel
import Synchronization

/// A dataset read, validated and indexed on a thread of its own, so the explorer can draw a progress bar and take
/// keys meanwhile. Starts at once; the explorer polls `result` once a frame and reads `progress` to draw.
/// `cancel()` makes the job end at its next check (see `LoadProgress`); nothing waits for it, since a cancelled
/// load ends the process anyway, but `join()` lets a test see that it ended.
public final class BackgroundLoad: Sendable {
    public enum Outcome: Sendable {
        case loaded(DatasetIndex)
        case failed(DatasetError)
        /// The load stopped early because it was cancelled.
        case cancelled
    }

    /// Reads, validates and indexes, telling the progress value as it goes; nil when it stopped on cancellation.
    public typealias Job = @Sendable (LoadProgress) throws(DatasetError) -> DatasetIndex?

    /// What the loading screen names (a file name: untrusted, shown through SafeName).
    public let name: String
    public let progress = LoadProgress()
    private let outcome = Mutex<Outcome?>(nil)
    /// Signalled once when the job ends; whoever waits on it signals it again, so every later wait passes too.
    private let finished = DispatchSemaphore(value: 0)

    public init(name: String, job: @escaping Job) {
        self.name = name
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let ending: Outcome
            do throws(DatasetError) {
                ending = try job(progress).map(Outcome.loaded) ?? .cancelled
            } catch {
                ending = .failed(error)
            }
            outcome.withLock { $0 = ending }
            finished.signal()
        }
    }

    /// How the load ended, or nil while it runs.
    public var result: Outcome? { outcome.withLock { $0 } }

    /// Waits at most `milliseconds` for the load to end; its outcome, or nil when the time passed first.
    public func wait(milliseconds: Int) -> Outcome? {
        guard finished.wait(timeout: .now() + .milliseconds(milliseconds)) == .success else { return nil }
        finished.signal()
        return result
    }

    /// Waits for the load to end, however long it takes.
    public func join() -> Outcome {
        finished.wait()
        finished.signal()
        return result ?? .cancelled
    }

    public func cancel() { progress.cancel() }
}
