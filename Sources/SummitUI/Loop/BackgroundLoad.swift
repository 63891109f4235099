import Dispatch
import Glibc
import SummitModel
import Synchronization

/// A dataset read, validated and indexed on a thread of its own, so the explorer can draw a progress bar and take
/// keys meanwhile. Starts at once; the explorer polls `wait(milliseconds:)` once a frame and reads `progress` to
/// draw. A plain POSIX thread rather than a Dispatch queue: once the load has ended and been waited for, the thread
/// is joined and gone, so the explorer itself runs on one thread as before (DECISIONS 33) and a test can see that
/// a cancelled load's thread has ended. `cancel()` makes the job stop at its next check (see `LoadProgress`);
/// quitting does not wait for that, since the process ends anyway.
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
    /// The job's thread until it is joined; nil when it ran on the caller's thread (no thread could be made).
    private let thread = Mutex<pthread_t?>(nil)

    public init(name: String, job: @escaping Job) {
        self.name = name
        let work: @Sendable () -> Void = { [self] in
            let ending: Outcome
            do throws(DatasetError) {
                ending = try job(progress).map(Outcome.loaded) ?? .cancelled
            } catch {
                ending = .failed(error)
            }
            outcome.withLock { $0 = ending }
            finished.signal()
        }
        let body = Unmanaged.passRetained(ThreadBody(work)).toOpaque()
        var started = pthread_t()
        let made = pthread_create(
            &started, nil,
            { raw in
                // Signals go to the main thread, which owns them (DECISIONS 13): none interrupts the loader's
                // reads. Faults stay unblocked, so a crash here still restores the terminal.
                var mask = sigset_t()
                sigfillset(&mask)
                for fault in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT] { sigdelset(&mask, fault) }
                pthread_sigmask(SIG_BLOCK, &mask, nil)
                Unmanaged<ThreadBody>.fromOpaque(raw!).takeRetainedValue().run()
                return nil
            }, body)
        if made == 0 {
            thread.withLock { $0 = started }
        } else {
            // No thread to be had: load here, as summit did before it had a loading screen.
            Unmanaged<ThreadBody>.fromOpaque(body).takeRetainedValue().run()
        }
    }

    /// How the load ended, or nil while it runs.
    public var result: Outcome? { outcome.withLock { $0 } }

    /// Waits at most `milliseconds` for the load to end; its outcome (the thread joined), or nil when the time
    /// passed first.
    public func wait(milliseconds: Int) -> Outcome? {
        guard finished.wait(timeout: .now() + .milliseconds(milliseconds)) == .success else { return nil }
        finished.signal()
        return ended()
    }

    /// Waits for the load to end, however long it takes; its thread is then gone.
    public func join() -> Outcome {
        finished.wait()
        finished.signal()
        return ended()
    }

    public func cancel() { progress.cancel() }

    /// The outcome of a job that has signalled its end, after joining its thread (at once: it is returning).
    private func ended() -> Outcome {
        if let running = thread.withLock({ held in
            defer { held = nil }
            return held
        }) {
            pthread_join(running, nil)
        }
        return result ?? .cancelled
    }
}

/// The work handed to the new thread, retained across `pthread_create`'s untyped pointer.
private final class ThreadBody: Sendable {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
}
