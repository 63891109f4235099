import CNcursesw
import Glibc

/// Turns asynchronous signals into bytes on a pipe the input loop polls next to stdin (the self-pipe
/// pattern): the handler only writes one byte, and everything else happens on the main thread.
/// ncurses restores on SIGINT/SIGTERM itself but not on SIGHUP (an SSH drop), so summit owns them all;
/// installing these before `newterm` also keeps ncurses from installing its own.
final class SignalPipe {
    /// SIGWINCH, and every signal whose default action ends the process without a core dump: each of them
    /// ends the session through the loop, so the terminal is restored first (the core-dumping ones are
    /// `CrashRestore`'s). Real-time signals terminate by default too.
    static let signals: [Int32] =
        [
            SIGHUP, SIGTERM, SIGINT, SIGQUIT, SIGWINCH,
            SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF, SIGIO, SIGPWR, SIGSTKFLT,
        ]
        + Array(summit_SIGRTMIN()...summit_SIGRTMAX())

    let readEnd: Int32
    private let writeEnd: Int32
    private var previous: [Int32: sigaction] = [:]

    init?() {
        var fds: [Int32] = [-1, -1]
        guard pipe(&fds) == 0 else { return nil }
        // Non-blocking both ways: the handler must never block, and drain() stops when empty.
        for fd in fds {
            _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
            _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
        }
        readEnd = fds[0]
        writeEnd = fds[1]
        signalPipeWriteEnd = writeEnd
        for signal in Self.signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = forwardSignal
            sigemptyset(&action.sa_mask)
            var old = sigaction()
            sigaction(signal, &action, &old)
            previous[signal] = old
        }
    }

    /// The signals delivered since the last call, oldest first.
    func drain() -> [Int32] {
        var received: [Int32] = []
        var buffer = [UInt8](repeating: 0, count: 64)
        while true {
            let count = read(readEnd, &buffer, buffer.count)
            if count <= 0 { break }
            received += buffer[0..<count].map { Int32($0) }
        }
        return received
    }

    /// Puts the previous handlers back and closes the pipe.
    func restore() {
        for (signal, var action) in previous { sigaction(signal, &action, nil) }
        previous = [:]
        signalPipeWriteEnd = -1
        close(readEnd)
        close(writeEnd)
    }
}

nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1

private func forwardSignal(_ signal: Int32) {
    let savedErrno = errno
    var byte = UInt8(truncatingIfNeeded: signal)
    _ = write(signalPipeWriteEnd, &byte, 1)
    errno = savedErrno
}
