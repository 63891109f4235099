import Foundation
import Glibc
import SummitData
import SummitModel
import SummitUI
import Testing

/// The real `summit` binary in a real terminal: started in tmux at fixed sizes, driven with keys,
/// read back with capture-pane. Expected contents come from the dataset through the query engine.
@Suite("Explorer in tmux", .serialized, .requires(.tmux))
struct TmuxExplorerTests {
    let index = DatasetIndex(try! BundledDataset.load())

    @Test("The three lists and the detail appear", arguments: [(80, 24), (120, 40)])
    func panesAppear(size: (width: Int, height: Int)) throws {
        let session = try TmuxSession(width: size.width, height: size.height)
        defer { session.close() }
        let screen = try launch(in: session)
        for title in ["Pillars", "Positions", "Quotes", "Detail"] {
            #expect(screen.contains(title), "\(title) missing:\n\(screen)")
        }
        // The lists show their first records.
        let pillar = try #require(index.dataset.pillars.first).title
        let actor = try #require(index.dataset.actors.first).name
        let speaker = try #require(index.dataset.quotes.lazy.compactMap(\.speaker).compactMap(index.person(id:)).first)
        for expected in [String(pillar.prefix(12)), actor, String(speaker.name.split(separator: " ").last ?? "")] {
            #expect(screen.contains(expected), "\(expected) missing:\n\(screen)")
        }
        // Widths agree with the terminal's: curly quotes, ellipses and stance symbols never shift the divider.
        let dividers = Set(
            screen.split(separator: "\n").compactMap { line in
                line.firstIndex(of: "│").map { line.distance(from: line.startIndex, to: $0) }
            })
        #expect(dividers.count == 1, "divider columns: \(dividers.sorted())\n\(screen)")
        try quitAndExpectSaneShell(session)
    }

    @Test("/poland narrows the panes to Poland's position and the quotes that mention it")
    func searchForPoland() throws {
        let session = try TmuxSession(width: 120, height: 40)
        defer { session.close() }
        try launch(in: session)
        try session.type("/poland")
        let quotes = index.filter(index.refs(of: .quote), query: "poland", facets: Facets())
        let screen = try session.waitFor("Quotes \(quotes.count)/\(index.refs(of: .quote).count)")
        // Positions narrow to Poland and the actors whose records mention it.
        let positions = Self.section("Positions", of: screen)
        #expect(screen.contains("Positions \(positions.count)/\(index.refs(of: .actor).count)"), "\(screen)")
        #expect(positions.count < index.refs(of: .actor).count)
        #expect(positions.contains { $0.contains("Poland") })
        #expect(!positions.contains { $0.contains("France") })
        let shownQuotes = Self.section("Quotes", of: screen)
        #expect(shownQuotes.count == quotes.count)
        for ref in quotes {
            let speaker = try #require(index.summary(of: ref)).title.prefix(5)
            #expect(shownQuotes.contains { $0.contains(speaker) }, "\(ref) missing:\n\(screen)")
        }
        // The same, written out for the bundled dataset: a bug shared by the query engine and the explorer fails here.
        #expect(Self.rowTexts(Self.section("Pillars", of: screen)) == ["nothing matches the filters"], "\(screen)")
        #expect(
            Self.rowTexts(positions) == ["Russia ⊘ opposes", "Germany ✗ rules out", "Poland ✗ rules out"], "\(screen)")
        #expect(positions.last?.hasPrefix("›Poland") == true, "the best hit is selected:\n\(screen)")
        #expect(Self.rowTexts(shownQuotes) == ["Buras: very difficult for such important Europ…"], "\(screen)")
        #expect(screen.contains("Detail Poland"))
        try session.press("Enter")
        try quitAndExpectSaneShell(session)
    }

    @Test("Space on an actor narrows the quotes to the ones linked to it")
    func crossFilterOnAnActor() throws {
        let session = try TmuxSession(width: 120, height: 40)
        defer { session.close() }
        try launch(in: session)
        let russia = RecordRef(kind: .actor, id: "russia")
        let position = try #require(index.refs(of: .actor).firstIndex(of: russia))
        let linkedQuotes = index.refs(of: .quote).filter(index.linked(to: russia).contains)
        #expect(!linkedQuotes.isEmpty && linkedQuotes.count < index.refs(of: .quote).count)

        // Arrow keys, so the keypad decoding is exercised through a real terminal.
        try session.press("2")
        for _ in 0..<position { try session.press("Down") }
        try session.press("Space")
        let screen = try session.waitFor("Quotes \(linkedQuotes.count)/\(index.refs(of: .quote).count)")
        let shownQuotes = Self.section("Quotes", of: screen)
        #expect(shownQuotes.count == linkedQuotes.count, "\(screen)")
        let unlinked = index.refs(of: .quote).filter { !linkedQuotes.contains($0) }
        for ref in unlinked {
            let title = String(SafeText.line(try #require(index.summary(of: ref)).title).prefix(24))
            #expect(!shownQuotes.contains { $0.contains(title) }, "\(ref) should be filtered out:\n\(screen)")
        }
        // Written out for the bundled dataset, independent of `index.linked`.
        #expect(screen.contains("[↔ Russia]"), "\(screen)")
        #expect(
            Self.rowTexts(Self.section("Pillars", of: screen)) == ["3. Pledges to respond to a new Russian attack"],
            "\(screen)")
        #expect(
            Self.rowTexts(shownQuotes) == [
                "Buras: But it doesn’t mean that whatever they …",
                "Gretskiy: Each time that Ukraine, the United S…",
                "Gretskiy: They’re trying to raise the stakes a…",
            ], "\(screen)")
        try quitAndExpectSaneShell(session)
    }

    @Test("? shows the help generated from the key map")
    func helpOverlay() throws {
        let session = try TmuxSession(width: 100, height: 30)
        defer { session.close() }
        let before = try launch(in: session)
        let help = try #require(KeyMap.standard.bindings.first).help
        #expect(!before.contains(help))
        try session.type("?")
        try session.waitFor(help)
        try session.press("Escape")
        try session.waitUntil("help closed") { !$0.contains(help) }
        try quitAndExpectSaneShell(session)
    }

    @Test("Resizing the window re-lays out the explorer")
    func resize() throws {
        let session = try TmuxSession(width: 100, height: 30)
        defer { session.close() }
        let before = try launch(in: session)
        let dividerBefore = try #require(Self.dividerColumn(before))

        try session.resize(width: 140, height: 40)
        let wide = try session.waitUntil("a wider layout using all 40 rows") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return (Self.dividerColumn(screen) ?? 0) > dividerBefore && lines.count >= 40
                && !lines[39].trimmingCharacters(in: .whitespaces).isEmpty
        }
        #expect(wide.contains("Quotes"))

        // Small and tiny sizes must not crash; back at a normal size the panes return.
        // Each size is waited for rather than slept on: a frame of that size, its status bar (`? help`) on the last row.
        try session.resize(width: 40, height: 12)
        try session.waitUntilSettled("the 40x12 layout") { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count >= 12 && rows[11].contains("? help")
        }
        try session.resize(width: 1, height: 1)
        try session.waitUntilSettled("a 1x1 pane") { _ in true }
        try session.resize(width: 100, height: 30)
        try session.waitUntilSettled("the 100x30 layout again") { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return rows.count >= 30 && rows[29].contains("? help") && screen.contains("Positions")
        }
        let pid = try session.childOfShell()
        #expect(ProcessTable.isRunning(pid))
        try quitAndExpectSaneShell(session)
    }

    @Test(
        "NO_COLOR, --no-color and --theme monochrome give a monochrome explorer that still marks the selection; other themes have colour",
        arguments: [
            ("NO_COLOR=1", "", true), ("", "--no-color", true), ("", "--theme monochrome", true),
            ("", "", false), ("", "--theme high-contrast", false),
        ])
    func monochrome(environment: String, flags: String, noColor: Bool) throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.runInShell("\(environment) '\(SummitBinary.path)' \(flags); echo \"exit=$?\"")
        try session.waitUntilSettled("the three lists and the status bar", TmuxSession.isCompleteExplorer)
        let parameters = Self.sgrParameters(try session.screenWithAttributes())
        // 30–37/40–47 (and their bright and extended forms) set colours; 39/49 only return to the defaults.
        let colours = parameters.filter {
            (30...37).contains($0) || (40...47).contains($0) || (90...107).contains($0) || $0 == 38 || $0 == 48
        }
        #expect(colours.isEmpty == noColor, "colour parameters: \(Set(colours).sorted())")
        if noColor { #expect(parameters.contains(7), "the selection needs reverse video without colour") }
        try quitAndExpectSaneShell(session)
    }

    @Test("The mouse is captured by default and left to the terminal with --no-mouse", arguments: [true, false])
    func mouseCapture(captured: Bool) throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.runInShell("'\(SummitBinary.path)' \(captured ? "" : "--no-mouse"); echo \"exit=$?\"")
        try session.waitUntilSettled("the three lists and the status bar", TmuxSession.isCompleteExplorer)
        // tmux knows whether the program in the pane asked for mouse reports.
        let requested = try session.format("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}").contains("1")
        #expect(requested == captured)
        try quitAndExpectSaneShell(session)
        #expect(try session.format("#{mouse_any_flag}#{mouse_button_flag}#{mouse_standard_flag}") == "000")
    }

    @Test("A click focuses a pane and selects the record under the pointer")
    func mouseClickSelects() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        let screen = try launch(in: session)
        #expect(!screen.contains("Detail Russia"))
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
        let row = try #require(rows.firstIndex { $0.prefix { $0 != "│" }.contains("Russia") })
        // An X10 mouse report, as the pane's terminal (TERM=screen) sends it: ESC [ M, then button, x, y,
        // each offset by 32 and 1-based. A press of button 1, then the release (button 3).
        for button in [0, 3] {
            let bytes = [32 + button, 33 + 2, 33 + row].map { Character(Unicode.Scalar(UInt8($0))) }
            try session.type("\u{1B}[M" + String(bytes))
        }
        try session.waitFor("Detail Russia")
        try quitAndExpectSaneShell(session)
    }

    @Test("q gives the shell back with echo and line mode on")
    func quitRestores() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try launch(in: session)
        try quitAndExpectSaneShell(session)
    }

    @Test("Ctrl-Z gives the shell a sane terminal and fg brings the explorer back")
    func suspendAndResume() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try session.runInShell("'\(SummitBinary.path)'")
        try session.waitUntilSettled("the three lists and the status bar", TmuxSession.isCompleteExplorer)
        let pid = try session.childOfShell()
        try session.press("C-z")
        try session.waitFor("Stopped")
        try expectSaneShell(session)
        try session.runInShell("fg")
        try session.waitUntil("the explorer again") { $0.contains("Positions") && !$0.contains("modes-42") }
        #expect(try session.format("#{alternate_on}") == "1")
        try session.type("q")
        try session.waitUntil("summit to exit", timeLimit: .seconds(5)) { _ in !ProcessTable.isRunning(pid) }
        try session.waitUntil("the alternate screen left") { _ in (try? session.format("#{alternate_on}")) == "0" }
        try expectSaneShell(session)
    }

    @Test(
        "A hang-up or termination ends summit promptly and leaves the terminal sane",
        arguments: [SIGHUP, SIGTERM, SIGINT])
    func signalRestores(signal: Int32) throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try launch(in: session)
        let pid = try session.childOfShell()
        kill(pid, signal)
        try session.waitFor("exit=\(128 + signal)", timeLimit: .seconds(5))
        #expect(!ProcessTable.isRunning(pid))
        try expectSaneShell(session)
    }

    @Test("Closing the terminal under summit (an SSH drop) ends it instead of spinning on a dead terminal")
    func terminalGoesAway() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        let status = FileManager.default.temporaryDirectory.appendingPathComponent("summit-\(UUID().uuidString).status")
        defer { try? FileManager.default.removeItem(at: status) }
        // A wrapper records summit's exit status: its trap outlives the hang-up, while summit, started after the
        // trap was set, gets the default action back (only ignored signals would be inherited).
        try session.runInShell("bash -c 'trap : HUP; \"$0\"; echo $? >\"$1\"' '\(SummitBinary.path)' '\(status.path)'")
        try session.waitUntilSettled("the three lists and the status bar", TmuxSession.isCompleteExplorer)
        let shell = try session.shellPID()
        let wrapper = try session.childOfShell()
        let summit = try #require(ProcessTable.children(of: wrapper).first, "summit is not the wrapper's child")
        try session.tmux(["kill-pane"])
        try session.waitUntilProcessEnds(summit)
        try session.waitUntilProcessEnds(wrapper)
        try session.waitUntilProcessEnds(shell)
        // A hang-up ends summit as SIGHUP would, 128 + 1, whether the signal or the dead terminal is noticed first.
        #expect(try String(contentsOf: status, encoding: .utf8) == "129\n")
        for pid in [shell, wrapper, summit] { #expect(ProcessTable.children(of: pid).isEmpty, "\(pid) left children") }
    }

    @Test(
        "Without a usable TERM summit prints one line and exits 2",
        arguments: ["TERM=dumb", "-u TERM", "TERM=no-such-terminal"])
    func unusableTerm(setting: String) throws {
        let session = try TmuxSession(width: 100, height: 30)
        defer { session.close() }
        let errors = FileManager.default.temporaryDirectory.appendingPathComponent("summit-\(UUID().uuidString).err")
        defer { try? FileManager.default.removeItem(at: errors) }
        try session.runInShell("env \(setting) '\(SummitBinary.path)' 2>'\(errors.path)'; echo \"exit=$?\"")
        try session.waitFor("exit=2")
        let message = try Data(contentsOf: errors)
        CLI.expectOneCleanLine(message)
        #expect(String(decoding: message, as: UTF8.self).hasPrefix("summit: no usable terminal"))
        #expect(try session.format("#{alternate_on}") == "0")
    }

    // MARK: - Steps

    /// Starts summit from the pane's shell and waits for the three lists.
    @discardableResult
    func launch(in session: TmuxSession) throws -> String { try session.launchExplorer() }

    func quitAndExpectSaneShell(_ session: TmuxSession) throws {
        try session.type("q")
        try session.waitFor("exit=0")
        try expectSaneShell(session)
    }

    private func expectSaneShell(_ session: TmuxSession) throws { try session.expectSaneShell() }

    // MARK: - Reading the screen

    /// The rows of a list pane as text: the selection marker dropped, runs of spaces made one, ends trimmed.
    static func rowTexts(_ rows: [String]) -> [String] {
        rows.map { row in
            row.dropFirst().split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
        }
    }

    /// The rows of a list pane: the lines below its title in the left column, up to the next title.
    static func section(_ title: String, of screen: String) -> [String] {
        let column = screen.split(separator: "\n").filter { $0.contains("│") }
            .map { String($0.prefix { $0 != "│" }) }
        guard let start = column.firstIndex(where: { $0.contains(title) && $0.contains("──") }) else { return [] }
        return Array(column[(start + 1)...].prefix { !$0.contains("──") })
            .filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// The column of the divider between the lists and the detail pane.
    static func dividerColumn(_ screen: String) -> Int? {
        screen.split(separator: "\n").lazy.compactMap { line in
            line.firstIndex(of: "│").map { line.distance(from: line.startIndex, to: $0) }
        }.first
    }

    /// Every numeric parameter of every SGR sequence (ESC [ … m) on the screen.
    static func sgrParameters(_ screen: String) -> [Int] {
        var parameters: [Int] = []
        var rest = Substring(screen)
        while let start = rest.range(of: "\u{1B}[") {
            rest = rest[start.upperBound...]
            let body = rest.prefix { $0.isNumber || $0 == ";" }
            if rest.dropFirst(body.count).first == "m" {
                parameters += body.split(separator: ";").compactMap { Int($0) }
            }
        }
        return parameters
    }
}
