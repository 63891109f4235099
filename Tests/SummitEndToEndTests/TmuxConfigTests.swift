import Foundation
import Glibc
import SummitData
import SummitModel
import Testing

/// The config file and the explorer's memory with the real binary in a real terminal: a rebound key works, a
/// colour override is painted, and the search history and filters survive a restart.
@Suite(
    "Config and memory in tmux", .serialized, .requires(.tmux))
struct TmuxConfigTests {
    let index = DatasetIndex(try! BundledDataset.load())

    func writeConfig(_ text: String, in session: TmuxSession) throws {
        let folder = session.xdgHome + "/config/summit"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try text.write(toFile: folder + "/config.toml", atomically: true, encoding: .utf8)
    }

    func launch(_ session: TmuxSession, flags: String = "") throws -> String {
        try session.runInShell("'\(SummitBinary.path)' \(flags); echo \"exit=$?\"")
        return try session.waitUntil("the three lists") { screen in
            // The third place is a shelf: a remembered focus may show Events there instead of Quotes.
            ["Pillars", "Positions", "Detail"].allSatisfy(screen.contains)
        }
    }

    @Test("A rebound key works, the old one no longer does, and the status bar names the new one")
    func reboundKeys() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try writeConfig("[keys]\nquit = \"x\"\nmove-down = [\"n\", \"Down\"]\n", in: session)
        try launch(session)
        // The status bar's hints come from the rebound table.
        try session.waitUntil("the hint for x") {
            $0.split(separator: "\n").last { !$0.isEmpty }?.contains("x quit") == true
        }
        let second = try #require(index.dataset.pillars.dropFirst().first)
        try session.type("n")
        try session.waitFor("Pillar \(second.number):")
        try session.type("q")
        try session.waitFor("q does nothing here")
        try session.type("x")
        try session.waitFor("exit=0")
    }

    @Test(
        "mouse = false and clipboard = false leave the mouse to the terminal and copy nothing, as --no-mouse and --no-clipboard do",
        arguments: [true, false])
    func mouseAndClipboardOff(fromFile: Bool) throws {
        let session = try TmuxSession(width: 100, height: 30)
        defer { session.close() }
        try session.tmux(["set-option", "-g", "set-clipboard", "on"])
        if fromFile { try writeConfig("[explorer]\nmouse = false\nclipboard = false\n", in: session) }
        let flags = fromFile ? "" : " --no-mouse --no-clipboard"
        try session.runInShell("env -u TMUX '\(SummitBinary.path)'\(flags); echo \"exit=$?\"")
        try session.waitFor("Pillars")
        #expect(try session.format("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}") == "000")
        try session.type("y")
        try session.waitFor("copying is off")
        #expect((try? session.tmux(["show-buffer"])) == nil, "nothing reached tmux's clipboard")
        try session.type("q")
        try session.waitFor("exit=0")
    }

    @Test("[presentation] delay makes summit present advance by itself; --auto 0 keeps it still")
    func presentationDelay() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try writeConfig("[presentation]\ndelay = 1\n", in: session)
        try session.runInShell("'\(SummitBinary.path)' present; echo \"exit=$?\"")
        try session.waitFor("auto · 2 / ")
        try session.type("q")
        try session.waitFor("exit=0")
        try session.runInShell("clear; '\(SummitBinary.path)' present --auto 0; echo \"exit=$?\"")
        let still = try session.waitFor("1 / ")
        #expect(!still.contains("auto ·") && !still.contains("auto paused"), "\(still)")
        try session.type("a")
        try session.waitFor("no auto-advance")
        try session.type("q")
        try session.waitFor("exit=0")
    }

    @Test("A colour from the config file is painted; without the file it is not")
    func colourOverride() throws {
        // The standard theme uses no magenta background (SGR 45): the selection gets one from the file.
        for configured in [false, true] {
            let session = try TmuxSession(width: 80, height: 24)
            defer { session.close() }
            if configured {
                try writeConfig("[colors]\nselected = { fg = \"white\", bg = \"magenta\" }\n", in: session)
            }
            try launch(session)
            let parameters = TmuxExplorerTests.sgrParameters(try session.screenWithAttributes())
            #expect(parameters.contains(45) == configured, "SGR parameters: \(Set(parameters).sorted())")
            try session.type("q")
            try session.waitFor("exit=0")
        }
    }

    @Test(
        "A rebound key works, search history and filters survive a restart; --fresh starts without them; a bad config is shown, not fatal"
    )
    func memorySurvivesARestart() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        // Both runs rebind clearing the filters to X: the rebound key works after a restart as well.
        try writeConfig("[keys]\nfilter-clear = \"X\"\n", in: session)
        try launch(session)
        try session.type("/troops")
        try session.press("Enter")
        try session.waitFor("[/troops]")
        try session.type("q")
        try session.waitFor("exit=0")
        let stateFile = session.xdgHome + "/state/summit/state-bundled.json"
        #expect(FileManager.default.fileExists(atPath: stateFile))

        try session.runInShell("clear")
        let again = try launch(session)
        #expect(again.contains("[/troops]"), "the filter is back:\n\(again)")
        try session.type("c")
        try session.waitFor("c does nothing here")
        #expect(try session.screen().contains("[/troops]"), "c no longer clears")
        try session.type("X")
        try session.waitUntil("the filter cleared") { !$0.contains("[/troops]") }
        try session.type("/")
        try session.press("C-p")
        try session.waitUntil("the last search recalled") {
            $0.split(separator: "\n").last { !$0.isEmpty }?.hasPrefix(" /troops") == true
        }
        try session.press("Escape")
        try session.type("q")
        try session.waitFor("exit=0")

        // A config mistake: summit starts with the defaults and says so in the status bar until Esc.
        try writeConfig("[keys]\nqit = \"x\"\n", in: session)
        try session.runInShell("clear")
        let noticed = try launch(session, flags: "--fresh")
        #expect(noticed.contains("config config.toml:2: unknown command"), "\(noticed)")
        #expect(!noticed.contains("[/troops]"), "--fresh starts without the remembered filters")
        try session.type("j")
        try session.waitFor("config config.toml:2")
        try session.press("Escape")
        try session.waitUntil("the notice dismissed") { !$0.contains("config config.toml:2") }
        try session.type("q")
        try session.waitFor("exit=0")
    }
}
