import SummitModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where plain output goes, and what that destination can take: its width, and whether colour is allowed.
/// Decided once per run from the flags, the environment and the real file descriptors; never touches ncurses.
struct Console: Sendable {
    /// Columns to wrap to; nil means no wrapping at all (`--width 0`, for scripts that wrap themselves).
    let width: Int?
    /// Whether SGR colour sequences may be written. False whenever stdout is not a terminal.
    let color: Bool

    /// Width when nothing else says (a pipe, a file): a stable 80 so scripts see the same layout.
    static let pipeWidth = 80
    /// Narrowest width summit lays out for; a narrower request wraps here and the terminal folds the rest.
    static let narrowest = 20

    init(width: Int?, color: Bool) {
        self.width = width
        self.color = color
    }

    static func detect(noColorFlag: Bool, widthFlag: Int? = nil) -> Console {
        let tty = isatty(STDOUT_FILENO) == 1
        let environment = environment()
        let columns = width(flag: widthFlag, columns: environment["COLUMNS"], terminal: tty ? terminalWidth() : nil)
        return Console(
            width: columns,
            color: allowsColor(isTerminal: tty, noColorFlag: noColorFlag, environment: environment))
    }

    /// Whose width, first that says: `--width N` (0: no wrapping), then `COLUMNS` as `ls`, `git` and `man` read it,
    /// then the terminal, then 80 (piped). A COLUMNS that is not a positive number is ignored.
    static func width(flag: Int?, columns: String?, terminal: Int?) -> Int? {
        if let flag { return flag == 0 ? nil : max(narrowest, flag) }
        if let columns, let value = Int(columns.trimmingBlanks()), value > 0 { return max(narrowest, value) }
        if let terminal { return max(narrowest, terminal) }
        return pipeWidth
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
        return Int(size.ws_col)
    }

    private static func environment() -> [String: String] {
        var result: [String: String] = [:]
        for key in ["NO_COLOR", "TERM", "COLUMNS"] {
            if let value = getenv(key) { result[key] = String(cString: value) }
        }
        return result
    }

    /// Writes all of `text` to standard output: the one writer every command's result goes through.
    /// A failed write (full disk, a reader that went away with SIGPIPE ignored) throws status 74 naming the
    /// reason; a closed pipe under the default SIGPIPE disposition ends summit by that signal, quietly, as
    /// `grep` and `cat` end.
    static func out(_ text: String) throws(CommandFailure) {
        guard let failure = write(text, to: STDOUT_FILENO) else { return }
        throw CommandFailure(
            status: .cannotWrite,
            message: """
                summit: cannot write the output: \(String(cString: strerror(failure))).
                Check the disk or file the output goes to, or that the program reading it is still running.
                """)
    }

    /// Writes all of `text` to standard error. Nothing is left to tell if that fails, so it is not checked.
    static func err(_ text: String) { _ = write(text, to: STDERR_FILENO) }

    /// The errno of a failed write, nil when everything was written.
    private static func write(_ text: String, to fd: Int32) -> Int32? {
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
            if n < 0 { return errno }
            if n == 0 { return EIO }
            offset += n
        }
        return nil
    }
}
