import Glibc

/// Where the explorer reads its keys: standard input when it is a terminal, else the controlling terminal
/// (`/dev/tty`), as `less` and `fzf` do, so the dataset itself can come down a pipe (`… | summit --data -`).
struct Keyboard {
    let descriptor: Int32

    /// Nil when standard input is not a terminal and there is no controlling terminal to open.
    static func open() -> Keyboard? {
        if isatty(STDIN_FILENO) == 1 { return Keyboard(descriptor: STDIN_FILENO) }
        let tty = Glibc.open("/dev/tty", O_RDWR | O_CLOEXEC | O_NOCTTY)
        guard tty >= 0 else { return nil }
        guard isatty(tty) == 1 else {
            _ = Glibc.close(tty)
            return nil
        }
        return Keyboard(descriptor: tty)
    }

    /// True when the keys come from `/dev/tty` rather than standard input.
    var isOwnTerminal: Bool { descriptor != STDIN_FILENO }

    /// Closes `/dev/tty` when this opened it; standard input stays the caller's.
    func close() {
        if isOwnTerminal { _ = Glibc.close(descriptor) }
    }
}
