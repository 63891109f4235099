import CNcursesw
import Glibc
import SummitModel

/// Decides, before ncurses starts, whether this terminal can run a full-screen program.
/// `initscr` would exit the process on an unknown TERM and write garbage on `dumb` or into a pipe,
/// so every check here happens first and `newterm` (which returns NULL instead of exiting) comes last.
enum TerminalCheck {
    enum Problem: Error, Equatable {
        case noKeyboard, stdoutNotATerminal, termUnset, termUnknown(String), noCursorAddressing(String)

        /// Short, so that the whole message stays within 80 columns for TERM names up to a dozen characters.
        var reason: String {
            switch self {
            case .noKeyboard: "no terminal to read keys from"
            case .stdoutNotATerminal: "stdout is not a terminal"
            case .termUnset: "TERM is unset"
            case .termUnknown(let name): "TERM=\(SafeName.line(name)) is unknown"
            case .noCursorAddressing(let name): "TERM=\(SafeName.line(name)) lacks cursor motion"
            }
        }
    }

    /// The one line printed instead of the explorer, pointing at the lookups (`summit --help` lists them).
    static func message(for problem: Problem) -> String {
        "summit: no usable terminal (\(problem.reason)); try `summit --help`"
    }

    /// Nil when the terminal is usable; then `capabilities` holds the reset strings read from terminfo.
    /// `keyboard`: where keys would come from (`Keyboard.open()`), nil when there is no terminal to read them.
    static func run(environment term: String?, keyboard: Keyboard?) -> Result<TerminalCapabilities, Problem> {
        // stdout first: a piped explorer is the commonest mistake, and the message should say so.
        guard isatty(STDOUT_FILENO) == 1 else { return .failure(.stdoutNotATerminal) }
        guard keyboard != nil else { return .failure(.noKeyboard) }
        guard let term, !term.isEmpty else { return .failure(.termUnset) }
        var status: Int32 = 0
        guard setupterm(term, STDOUT_FILENO, &status) == OK else {
            // status 1: a hardcopy terminal; 0: unknown name; -1: no terminfo database at all.
            return .failure(status == 1 ? .noCursorAddressing(term) : .termUnknown(term))
        }
        defer { summit_release_terminal() }
        guard summit_string_capability("cup") != nil else { return .failure(.noCursorAddressing(term)) }
        return .success(TerminalCapabilities.current())
    }
}

/// The escape strings that give the terminal back, read once while it is known to be valid, so a crash
/// handler can write them without calling into ncurses.
struct TerminalCapabilities: Sendable {
    /// Leave the alternate screen, show the cursor, reset attributes, leave keypad mode, stop mouse reports
    /// and bracketed paste.
    var reset: [UInt8]
    /// An xterm-like terminal (it reports the mouse the xterm way, or names bracketed paste in terminfo):
    /// summit asks it for bracketed paste.
    var bracketedPaste: Bool

    static func current() -> TerminalCapabilities {
        var bytes: [UInt8] = []
        for name in ["sgr0", "cnorm", "rmkx", "rmcup"] {
            if let value = summit_string_capability(name) {
                bytes += withoutPadding(Array(String(cString: value).utf8))
            }
        }
        let xtermLike = summit_string_capability("kmous") != nil || summit_string_capability("BE") != nil
        if xtermLike {
            // xterm-style mouse modes ncurses may have turned on (normal, button, any-event, SGR), and paste.
            bytes += Array("\u{1B}[?1006l\u{1B}[?1003l\u{1B}[?1002l\u{1B}[?1000l\u{1B}[?2004l".utf8)
        }
        return TerminalCapabilities(reset: bytes, bracketedPaste: xtermLike)
    }

    /// Drops terminfo delay markers (`$<5>`), which only tputs understands.
    static func withoutPadding(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == UInt8(ascii: "$"), i + 1 < bytes.count, bytes[i + 1] == UInt8(ascii: "<"),
                let close = bytes[(i + 2)...].firstIndex(of: UInt8(ascii: ">"))
            {
                i = close + 1
                continue
            }
            out.append(bytes[i])
            i += 1
        }
        return out
    }
}
