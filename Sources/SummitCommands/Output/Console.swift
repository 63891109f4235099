#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where plain output goes, and what that destination can take: its width, and whether colour is allowed.
/// Decided once per run from the real file descriptors and the environment; never touches ncurses.
struct Console: Sendable {
    /// Columns to wrap to.
    let width: Int
    /// Whether SGR colour sequences may be written. False whenever stdout is not a terminal.
    let color: Bool

    /// Width when stdout is not a terminal (a pipe, a file): a stable 80 so scripts see the same layout.
    static let pipeWidth = 80

    static func detect(noColorFlag: Bool) -> Console {
        let tty = isatty(STDOUT_FILENO) == 1
        return Console(width: tty ? terminalWidth() ?? pipeWidth : pipeWidth,
                       color: allowsColor(isTerminal: tty, noColorFlag: noColorFlag, environment: environment()))
    }

    /// no-color.org: NO_COLOR set to anything non-empty turns colour off; so do a dumb terminal and --no-color.
    static func allowsColor(isTerminal: Bool, noColorFlag: Bool, environment: [String: String]) -> Bool {
        guard isTerminal, !noColorFlag else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        let term = environment["TERM"] ?? ""
        return !(term.isEmpty || term == "dumb")
    }

    private static func terminalWidth() -> Int? {
        var size = winsize()
        let result = withUnsafeMutablePointer(to: &size) { ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), $0) }
        guard result == 0, size.ws_col > 0 else { return nil }
        // Below 40 columns the layout degrades into noise; wrap there and let the terminal fold.
        return max(40, Int(size.ws_col))
    }

    private static func environment() -> [String: String] {
        var result: [String: String] = [:]
        for key in ["NO_COLOR", "TERM"] {
            if let value = getenv(key) { result[key] = String(cString: value) }
        }
        return result
    }

    /// Writes all of `text` to standard output.
    static func out(_ text: String) { write(text, to: STDOUT_FILENO) }

    /// Writes all of `text` to standard error.
    static func err(_ text: String) { write(text, to: STDERR_FILENO) }

    private static func write(_ text: String, to fd: Int32) {
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeMutableBytes { buffer in
                #if canImport(Glibc)
                Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                #else
                Darwin.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                #endif
            }
            if n < 0 && errno == EINTR { continue }
            if n <= 0 { return }  // a closed pipe (`| head`): stop quietly
            offset += n
        }
    }
}
