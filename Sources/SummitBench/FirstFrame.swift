import Glibc

/// Time to a program's first frame in a fresh 120x40 pseudo-terminal: from spawn to the arrival of the byte that
/// completes its first full screen, as `FrameEnd` finds it in the bytes (the last row closed, or a program's own
/// text mark). A program that shows no such mark (a plain "hello") ends its frame at the last byte of its first
/// burst, a burst ending when the terminal has been quiet for `quiet` ms or the program exits; `Outcome.marked`
/// says which. A quiet gap alone would not do: a screen repainted more often than the gap (a progress bar) makes
/// the burst last as long as the repaints. The child gets its own session with the pty as controlling terminal (as in a
/// real terminal), is ended with SIGTERM (SIGKILL a second later) and reaped: nothing else is touched.
struct FirstFrame {
    struct Outcome {
        /// Spawn to the last byte of the first burst, ms.
        let milliseconds: Double
        /// Spawn to the first byte, ms.
        let firstByte: Double
        let bytes: Int
        /// True when a `FrameEnd` mark ended the frame, false when the end of the first burst did.
        let marked: Bool
    }

    let arguments: [String]
    var environment: [String: String] = [:]
    var columns: UInt16 = 120
    var rows: UInt16 = 40
    var quiet: Double = 150
    /// What completes a frame; the default suits ncurses programs and `less`.
    var marks: [FrameEnd.Mark] = [.lastRowEnded]
    var deadline: Double = 300_000
    /// Where to save the bytes of the first burst (`--keep`), to check what was timed is a whole frame.
    var transcript: String? = nil

    // Linux's values of macros Swift does not import: TIOCSPTLCK = _IOW('T', 0x31, int), TIOCGPTN =
    // _IOR('T', 0x30, unsigned int), POSIX_SPAWN_SETSID (glibc 2.26+).
    static let unlockPty: UInt = 0x4004_5431
    static let ptyNumber: UInt = 0x8004_5430
    static let spawnNewSession: Int16 = 0x80

    /// summit's explorer: its status bar closes the last row; its loading screen leaves that row blank and ends
    /// with "q quits".
    static let explorerMarks: [FrameEnd.Mark] = [.lastRowEnded, .text(" quits")]
    /// `less`: its prompt, the first screen's only standout text, ends standout and erases the rest of the row.
    /// (less lets long lines wrap at the margin, so counting rows would need columns too.)
    static let lessMarks: [FrameEnd.Mark] = [.text("\u{1B}[27m\u{1B}[K")]

    func run() throws -> Outcome {
        // posix_openpt and friends are not visible from Swift's Glibc module: the same thing by hand (Linux).
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0 else {
            throw BenchFailure("could not open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        defer { close(master) }
        var unlock: Int32 = 0
        var number: UInt32 = 0
        guard ioctl(master, FirstFrame.unlockPty, &unlock) == 0, ioctl(master, FirstFrame.ptyNumber, &number) == 0
        else { throw BenchFailure("could not unlock a pseudo-terminal: \(String(cString: strerror(errno)))") }
        let slave = "/dev/pts/\(number)"
        var size = winsize(ws_row: rows, ws_col: columns, ws_xpixel: 0, ws_ypixel: 0)
        guard ioctl(master, UInt(TIOCSWINSZ), &size) == 0 else {
            throw BenchFailure("could not size a pseudo-terminal: \(String(cString: strerror(errno)))")
        }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // glibc runs setsid before the file actions, so opening the slave makes it the controlling terminal.
        posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, FirstFrame.spawnNewSession)

        var env = ["TERM": "xterm-256color", "LINES": String(rows), "COLUMNS": String(columns)]
        env.merge(environment) { _, new in new }
        let start = Stopwatch.now()
        let pid = try ChildProcess.spawn(arguments, environment: env, actions: &actions, attributes: &attributes)
        defer { FirstFrame.end(pid) }

        var first: Double?
        var last = 0.0
        var bytes = 0
        var saved: [UInt8] = []
        var end = FrameEnd(rows: Int(rows), marks: marks)
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let now = Stopwatch.milliseconds(since: start)
            if now > deadline { break }
            let wait = first == nil ? deadline - now : quiet - (now - last)
            if first != nil, wait <= 0 { break }
            var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            let ready = poll(&poller, 1, Int32(Swift.max(1, Swift.min(wait, 1000))))
            if ready < 0 && errno == EINTR { continue }
            if ready == 0 { continue }
            let count = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if count <= 0 { break }  // EIO: the child has gone and closed the terminal
            let at = Stopwatch.milliseconds(since: start)
            if first == nil { first = at }
            last = at
            // Only the frame's own bytes are counted and kept: what follows the mark is a later frame.
            let complete = buffer.withUnsafeBytes { end.feed($0.prefix(count)) }
            let taken = complete ? (end.completedAt ?? bytes + count) - bytes : count
            bytes += taken
            if transcript != nil { saved += buffer[0..<taken] }
            if complete { break }
        }
        if let transcript, let file = fopen(transcript, "w") {
            fwrite(saved, 1, saved.count, file)
            fclose(file)
        }
        guard let first else { throw BenchFailure("\(arguments[0]) wrote nothing to its terminal") }
        return Outcome(milliseconds: last, firstByte: first, bytes: bytes, marked: end.isComplete)
    }

    /// SIGTERM, then SIGKILL if the child is still there a second later; reaps it either way.
    static func end(_ pid: pid_t) {
        var status: Int32 = 0
        if waitpid(pid, &status, WNOHANG) == pid { return }
        kill(pid, SIGTERM)
        for _ in 0..<100 {
            if waitpid(pid, &status, WNOHANG) == pid { return }
            usleep(10_000)
        }
        kill(pid, SIGKILL)
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    }
}
