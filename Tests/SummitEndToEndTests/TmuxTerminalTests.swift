import Foundation
import Glibc
import Testing

/// The terminal matrix of issue 12: every signal that ends a process, suspend and resume, detach and
/// reattach, a storm of resizes, TERM variants and a terminal that goes away. After each, summit has exited
/// promptly or still answers keys, and the shell has a sane terminal (stty modes, alternate screen, cursor, mouse).
@Suite("Terminals in tmux", .serialized, .requires(.tmux))
struct TmuxTerminalTests {
    /// Signals whose default action ends the process (real-time ones included): summit restores the terminal
    /// first and exits 128 + the signal, as a shell reports a death by that signal.
    @Test(
        "Every terminating signal restores the terminal and exits 128 + signal",
        arguments: [
            SIGHUP, SIGTERM, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF, SIGIO,
            SIGPWR, SIGRTMIN_ + 3,
        ])
    func terminatingSignal(signal: Int32) throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.launchExplorer()
        let pid = try session.childOfShell()
        kill(pid, signal)
        try session.waitUntilProcessEnds(pid, timeLimit: .seconds(1))
        try session.waitFor("exit=\(128 + signal)", timeLimit: .seconds(2))
        try session.expectSaneShell()
    }

    @Test("SIGTSTP from outside stops summit on a sane terminal; SIGCONT (fg) brings it back, still answering keys")
    func stopAndContinue() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.launchExplorer()
        let pid = try session.childOfShell()
        kill(pid, SIGTSTP)
        try session.waitFor("Stopped")
        try session.expectSaneShell()
        try session.runInShell("fg")
        try session.waitUntil("the explorer again") { $0.contains("Positions") && !$0.contains("modes-42") }
        try expectAnswersKeys(session)
        // (bash does not run the rest of a stopped command list, so there is no exit=… line here.)
        try session.quitExplorer(pid, statusReported: false)
    }

    @Test("A client detached and attached again finds summit running and answering keys")
    func detachAndReattach() throws {
        let inner = try TmuxSession(width: 80, height: 24)
        defer { inner.close() }
        try inner.launchExplorer()
        let pid = try inner.childOfShell()
        // A real client needs a terminal: attach from inside a second private tmux server.
        let outer = try TmuxSession(width: 90, height: 26)
        defer { outer.close() }
        let attach = "env -u TMUX tmux -L \(inner.socket) attach"
        for _ in 0..<2 {
            try outer.runInShell(attach)
            try outer.waitUntil("the explorer through the client") { $0.contains("Positions") }
            try inner.tmux(["detach-client"])
            try outer.waitFor("detached")
            #expect(ProcessTable.isRunning(pid))
        }
        try expectAnswersKeys(inner)
        try inner.quitExplorer(pid, statusReported: false)
    }

    @Test("50 resizes within a second end in a correct layout at the final size, summit still answering keys")
    func resizeStorm() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.launchExplorer()
        let pid = try session.childOfShell()
        let sizes = [(40, 10), (200, 60), (20, 5), (120, 40), (1, 1), (300, 100), (79, 23)]
        let start = ContinuousClock.now
        for i in 0..<50 {
            let (width, height) = sizes[i % sizes.count]
            try session.resize(width: width, height: height)
        }
        let spent = ContinuousClock.now - start
        try session.resize(width: 100, height: 30)
        try session.waitUntil("the layout at 100x30") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.contains { $0.hasPrefix("Pillars") || $0.contains(" Pillars") } && lines.count >= 30
        }
        #expect(ProcessTable.isRunning(pid))
        try expectAnswersKeys(session)
        try session.quitExplorer(pid)
        // Not a timing assertion on summit: it records how fast tmux delivered the storm, for the report.
        print("resize storm: 50 resizes sent in \(spent)")
    }

    @Test(
        "Terminal types summit can drive run it and give the shell back sane",
        arguments: ["vt100", "linux", "screen", "screen-256color", "xterm"])
    func termVariants(term: String) throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.launchExplorer(prefix: "env TERM=\(term) ")
        let pid = try session.childOfShell()
        try expectAnswersKeys(session)
        try session.quitExplorer(pid)
    }

    @Test(
        "Without a UTF-8 locale summit writes ASCII only, with stand-ins of the same width, and says why",
        arguments: ["LANG=C", "LC_ALL=POSIX", "LC_ALL=C LANG=C.UTF-8"])
    func asciiLocale(setting: String) throws {
        let session = try TmuxSession(width: 100, height: 24)
        defer { session.close() }
        let raw = try RawCapture(session)
        let screen = try session.launchExplorer(prefix: "env -u LC_ALL \(setting) ")
        let pid = try session.childOfShell()
        #expect(screen.contains("locale is not UTF-8"))
        // Borders and markers became ASCII: the divider is a |, the selection a >.
        #expect(screen.contains("|") && screen.contains("> Pillars"))
        try session.type("2s")  // the Positions list and the article, where quotes and dashes abound
        try session.waitFor("Source:")
        try session.type("q")
        try session.waitUntilProcessEnds(pid, timeLimit: .seconds(1))
        try session.waitFor("exit=0")
        let bytes = try raw.bytes()
        let summitBytes = bytes[bytes.range(of: "summit")!.lowerBound...]
        #expect(
            !summitBytes.unicodeScalars.contains { $0.value >= 0x80 }, "a non-ASCII byte reached a non-UTF-8 terminal")
        try session.expectSaneShell()
    }

    @Test("The explorer runs on one thread (so ThreadSanitizer has nothing to check; .ci/run runs AddressSanitizer)")
    func oneThread() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.launchExplorer()
        let pid = try session.childOfShell()
        try session.type("/troops")
        try session.waitFor("/troops")
        let threads = try FileManager.default.contentsOfDirectory(atPath: "/proc/\(pid)/task")
        #expect(threads.count == 1, "threads: \(threads)")
        try session.press("C-c")
        try session.waitFor("exit=130")
        try session.expectSaneShell()
    }

    @Test("A terminal closed while summit waits for a key ends it within a second, without spinning")
    func terminalClosedWhileWaiting() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.launchExplorer()
        let pid = try session.childOfShell()
        try session.tmux(["kill-pane"])
        try session.waitUntilProcessEnds(pid, timeLimit: .seconds(1))
    }

    @Test("A terminal closed while summit loads a large file ends it within a second")
    func terminalClosedWhileLoading() throws {
        // The bundled dataset padded with 150 MB of whitespace: valid, and seconds to read and parse.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "summit-large-\(UUID().uuidString).json")
        defer { try? FileManager.default.removeItem(at: file) }
        let dataset = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/dataset.json")
        var json = try Data(contentsOf: dataset)
        while json.last.map({ $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: " ") }) == true { json.removeLast() }
        #expect(json.popLast() == UInt8(ascii: "}"))
        FileManager.default.createFile(atPath: file.path, contents: json)
        let handle = try FileHandle(forWritingTo: file)
        try handle.seekToEnd()
        let spaces = Data(repeating: UInt8(ascii: " "), count: 1 << 20)
        for _ in 0..<150 { try handle.write(contentsOf: spaces) }
        try handle.write(contentsOf: Data("}\n".utf8))
        try handle.close()

        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.runInShell("'\(SummitBinary.path)' --data '\(file.path)'")
        let pid = try session.childOfShell()
        usleep(100_000)
        try session.tmux(["kill-pane"])
        try session.waitUntilProcessEnds(pid, timeLimit: .seconds(1))
    }

    /// `?` opens the help and Esc closes it: the explorer reads keys and repaints.
    private func expectAnswersKeys(_ session: TmuxSession) throws {
        try session.type("?")
        try session.waitFor("Keys — Esc")
        try session.press("Escape")
        try session.waitUntil("help closed") { !$0.contains("Keys — Esc") && $0.contains("Positions") }
    }
}

/// glibc's SIGRTMIN is a function-like macro Swift cannot import.
let SIGRTMIN_: Int32 = Int32(__libc_current_sigrtmin())
