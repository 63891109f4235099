import Glibc

/// Gives the terminal back when the process dies of a crash signal (a Swift trap is SIGILL or SIGTRAP).
/// The handler may only do async-signal-safe work: write precomputed bytes, tcsetattr, then re-raise
/// with the previous handler (the Swift backtracer), so the backtrace still prints on a sane terminal.
enum CrashRestore {
    /// The crash signals, and the other signals whose default action dumps core (SIGSYS, SIGXCPU, SIGXFSZ).
    static let signals: [Int32] = [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGFPE, SIGABRT, SIGSYS, SIGXCPU, SIGXFSZ]

    /// Saves the terminal's current modes (call before ncurses changes them) and installs the handlers.
    /// `keyboard`: the terminal's input descriptor (standard input, or `/dev/tty` when the dataset is piped in).
    static func arm(reset: [UInt8], keyboard: Int32) {
        let state = UnsafeMutablePointer<CrashState>.allocate(capacity: 1)
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(1, reset.count))
        bytes.initialize(from: reset, count: reset.count)
        state.initialize(
            to: CrashState(
                termios: termios(), hasTermios: false, keyboard: keyboard, reset: bytes, resetCount: reset.count,
                previous: .allocate(capacity: 65)))
        state.pointee.hasTermios = tcgetattr(keyboard, &state.pointee.termios) == 0
        crashState = state
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = crashHandler
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, state.pointee.previous + Int(signal))
        }
    }

    /// Puts the previous handlers back once ncurses has restored the terminal itself.
    static func disarm() {
        guard let state = crashState else { return }
        for signal in signals { sigaction(signal, state.pointee.previous + Int(signal), nil) }
        crashState = nil
    }
}

/// Plain memory the signal handler reads; nothing here is retained or released at crash time.
struct CrashState {
    var termios: termios
    var hasTermios: Bool
    var keyboard: Int32
    var reset: UnsafeMutablePointer<UInt8>
    var resetCount: Int
    var previous: UnsafeMutablePointer<sigaction>
}

nonisolated(unsafe) private var crashState: UnsafeMutablePointer<CrashState>?

private func crashHandler(_ signal: Int32) {
    if let state = crashState {
        _ = write(STDOUT_FILENO, state.pointee.reset, state.pointee.resetCount)
        if state.pointee.hasTermios { _ = tcsetattr(state.pointee.keyboard, TCSANOW, &state.pointee.termios) }
        // The Swift backtracer waits 30 s for a key when stdin is a terminal, and SWIFT_BACKTRACE set
        // at run time comes too late (the runtime reads it at load): give it /dev/null to read instead.
        let null = open("/dev/null", O_RDONLY)
        if null >= 0 {
            _ = dup2(null, STDIN_FILENO)
            _ = close(null)
        }
        _ = sigaction(signal, state.pointee.previous + Int(signal), nil)
    } else {
        _ = signal_default(signal)
    }
    _ = raise(signal)
}

private func signal_default(_ signal: Int32) -> Int32 {
    var action = sigaction()
    action.__sigaction_handler.sa_handler = SIG_DFL
    return sigaction(signal, &action, nil)
}
