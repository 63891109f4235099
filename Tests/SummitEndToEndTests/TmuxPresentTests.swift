import Foundation
import Glibc
import SummitData
import SummitModel
import Testing

/// `summit present` and key scripts in a real terminal: slides, resize, leaving, auto-advance, and the shipped demo
/// played end to end.
@Suite(
    "Presenting in tmux", .serialized, .requires(.tmux))
struct TmuxPresentTests {
    static let demo = Fixture.root.appendingPathComponent("Resources/demo.keys").path

    @Test("The shipped demo tours the explorer hands free and ends on the source")
    func demoPlaysEndToEnd() throws {
        // Twenty times as fast: the tour takes about three seconds instead of a minute.
        let session = try start("--play '\(Self.demo)' --play-speed 20", 100, 30)
        defer { session.close() }
        try session.waitFor("Pillars")
        // On the way: the linked filter on Poland (a chip in the header), then the article highlighting a quote.
        try session.waitFor("[/poland]", timeLimit: .seconds(20))
        let end = try session.waitFor("Article, highlighting", timeLimit: .seconds(20))
        #expect(end.contains("Source:"), "\(end)")
        try quit(session)
    }

    @Test("A key pauses a playing script and the next resumes it; q still quits")
    func keyPausesAndResumes() throws {
        let script = try Self.script("<Wait 1>n<Wait 60>n")
        let session = try start("present --play '\(script)'", 80, 24)
        defer { session.close() }
        try session.waitFor("2 / ")
        try session.type("x")
        try session.waitFor("demo paused")
        try session.type("x")
        try session.waitFor("demo resumed")
        try quit(session)
    }

    @Test("Slides at 80x24 re-laid out at projector size keep the slide; q leaves with a sane terminal")
    func presentResizeAndLeave() throws {
        let session = try start("present --theme high-contrast", 80, 24)
        defer { session.close() }
        let title = try session.waitFor("1 / ")
        #expect(title.contains("Paris declaration"), "\(title)")
        try session.press("Right")
        let pillar = try session.waitFor("[pillar-1 ¶")
        #expect(pillar.contains("▀▀▀"), "block letters expected:\n\(pillar)")
        #expect(!pillar.contains("│"), "no borders:\n\(pillar)")
        try session.resize(width: 160, height: 45)
        let big = try session.waitUntil("the projector layout") { $0.contains("██") && $0.contains("[pillar-1 ¶") }
        #expect(big.contains("2 / "), "\(big)")
        try quit(session)
        #expect(try session.format("#{alternate_on}") == "0")
    }

    @Test(
        "present --theme light and high-contrast paint their own colours behind the text",
        arguments: [
            ("light", "\u{1B}[30m\u{1B}[47m"), ("high-contrast", "\u{1B}[37m\u{1B}[40m"),
        ])
    func themesReachTheTerminal(theme: String, colours: String) throws {
        let session = try start("present --theme \(theme)", 80, 24)
        defer { session.close() }
        try session.waitFor("1 / ")
        let styled = try session.tmux(["capture-pane", "-p", "-e"])
        #expect(styled.contains(colours), "\(theme): \(styled.debugDescription)")
        try quit(session)
    }

    @Test("p presents from the explorer and q goes back to it")
    func presentFromTheExplorer() throws {
        let session = try start("", 100, 30)
        defer { session.close() }
        try session.waitFor("Positions")
        try session.type("2p")
        try session.waitFor("[france ¶")
        try session.type("q")
        try session.waitFor("Positions")
        try quit(session)
    }

    @Test("--auto advances by itself and a key pauses it")
    func autoAdvance() throws {
        let session = try start("present --auto 0.2", 80, 24)
        defer { session.close() }
        try session.waitFor("auto · 3 / ")
        try session.press("Left")
        try session.waitFor("auto paused")
        try quit(session)
    }

    @Test("present --pins shows the pinned records alone, in pin order")
    func presentPins() throws {
        let state = FileManager.default.temporaryDirectory.appendingPathComponent(
            "summit-pins-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: state) }
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        let summit = "XDG_STATE_HOME='\(state.path)' '\(SummitBinary.path)'"
        try session.runInShell(
            "\(summit) pins add quote-buras-1 poland >/dev/null && \(summit) present --pins; echo \"exit=$?\"")
        // Title, the quote, who offers what (Poland alone), the source.
        try session.waitFor("1 / 4")
        try session.press("Right")
        try session.waitFor("[quote-buras-1 ¶")
        try session.press("Right")
        let offers = try session.waitFor("[poland ¶")
        #expect(!offers.contains("France"), "\(offers)")
        try quit(session)
    }

    @Test("A bad key script or no pins is refused before the terminal is touched")
    func badScript() throws {
        let script = try Self.script("jj\n<Bogus>")
        let result = CLI.run(["present", "--play", script])
        #expect(result.status == 2)
        #expect(result.err.contains(":2: unknown key <Bogus>"), "\(result.err)")
        let home = try CLIPinsTests.Home()
        defer { home.remove() }
        let nothingPinned = home.run(["present", "--pins"])
        #expect(nothingPinned.status == 1)
        #expect(nothingPinned.err.contains("nothing is pinned"), "\(nothingPinned.err)")
        let missing = CLI.run(["--play", "/nonexistent/demo.keys"])
        #expect(missing.status == 2)
        #expect(missing.err.contains("cannot read the key script"), "\(missing.err)")
    }

    /// summit with `arguments` in a fresh shell at a size; the caller closes the session.
    private func start(_ arguments: String, _ width: Int, _ height: Int) throws -> TmuxSession {
        let session = try TmuxSession(width: width, height: height)
        do {
            try session.runInShell("'\(SummitBinary.path)' \(arguments); echo \"exit=$?\"")
        } catch {
            session.close()
            throw error
        }
        return session
    }

    /// q, then exit status 0 in the shell.
    private func quit(_ session: TmuxSession) throws {
        try session.type("q")
        try session.waitFor("exit=0")
    }

    private static func script(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "summit-\(getpid())-\(UUID().uuidString.prefix(8)).keys")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }
}
