import SummitModel
import Testing

@testable import SummitUI

/// The `/` and `:` lines edit like a shell: every editing key, history, leaving an empty line (issue 8).
@Suite struct PromptEditingTests {
    let index = Bundled.index

    func press(_ script: String, _ from: ExplorerState? = nil) throws -> ExplorerState {
        Fixture.press(try KeyScript.parse(script), from: from ?? Bundled.state(80, 24), index: index)
    }

    func line(_ s: ExplorerState) -> PromptLine? { s.mode.prompt }

    /// Each key on "troops ukraine" with the cursor placed first, as (script, text after, cursor after).
    @Test(arguments: [
        ("<Left><Left>", "troops ukraine", 12), ("<C-b>", "troops ukraine", 13),
        ("<Home>", "troops ukraine", 0), ("<C-a>", "troops ukraine", 0),
        ("<Home><End>", "troops ukraine", 14), ("<C-a><C-e>", "troops ukraine", 14),
        ("<Home><Right>", "troops ukraine", 1), ("<Home><C-f>", "troops ukraine", 1),
        ("<M-b>", "troops ukraine", 7), ("<M-b><M-b>", "troops ukraine", 0), ("<Home><M-f>", "troops ukraine", 6),
        ("<BS>", "troops ukrain", 13), ("<Home><Del>", "roops ukraine", 0), ("<Home><C-d>", "roops ukraine", 0),
        ("<M-b><C-u>", "ukraine", 0), ("<M-b><C-k>", "troops ", 7), ("<C-w>", "troops ", 7), ("<C-w><C-w>", "", 0),
        ("<M-b><Left>x", "troopsx ukraine", 7),
    ])
    func editingKey(script: String, text: String, cursor: Int) throws {
        for prompt in ["/", ":"] {
            let s = try press(prompt + "troops ukraine" + script)
            #expect(line(s)?.text == text && line(s)?.cursor == cursor, "\(prompt)\(script)")
        }
    }

    @Test func aSearchEditedInTheMiddleFiltersByTheWholeLine() throws {
        let s = try press("/ukraine<Home>troops ")
        #expect(s.effectiveChips == [.text("troops ukraine")])
        #expect(s.rows(of: .quotes, index).allSatisfy { index.matches($0, query: "troops ukraine") })
    }

    @Test func historyRecallsEarlierSearchesAndGivesBackTheLineBeingTyped() throws {
        var s = try press("/poland<Enter>c/troops<Enter>c")
        s = try press("/tur<C-p>", s)
        #expect(line(s)?.text == "troops")
        s = try press("<C-p>", s)
        #expect(line(s)?.text == "poland")
        s = try press("<C-p>", s)
        #expect(line(s)?.text == "poland" && s.message?.text == "the oldest one")
        s = try press("<C-n><C-n>", s)
        #expect(line(s)?.text == "tur")
        // Searches and commands have their own histories; in the : line the arrows recall too.
        s = try press("<Esc>:kind quote<Enter>:<C-p>", s)
        #expect(line(s)?.text == "kind quote")
        s = try press("<C-n>", s)
        #expect(line(s)?.text == "")
    }

    @Test func upAndDownRecallInTheCommandLine() throws {
        var s = try press(":kind quote<Enter>c:pillar 3<Enter>c:pil")
        s = try press("<Up>", s)
        #expect(line(s)?.text == "pillar 3")
        s = try press("<Up>", s)
        #expect(line(s)?.text == "kind quote")
        s = try press("<Up>", s)
        #expect(line(s)?.text == "kind quote" && s.message?.text == "the oldest one")
        s = try press("<Down>", s)
        #expect(line(s)?.text == "pillar 3")
        s = try press("<Down>", s)
        #expect(line(s)?.text == "pil", "the line being typed comes back")
        s = try press("<Down>", s)
        #expect(line(s)?.text == "pil" && s.mode.kind == .command, "nothing newer: the line stays")
        // Ctrl-P and Ctrl-N still recall there.
        s = try press("<C-p>", s)
        #expect(line(s)?.text == "pillar 3")
        s = try press("<C-n>", s)
        #expect(line(s)?.text == "pil")
    }

    @Test func upWithNoHistoryInTheCommandLineSaysSo() throws {
        let s = try press(":<Up>")
        #expect(line(s)?.text == "" && s.message?.text == "no earlier commands yet")
    }

    @Test func upOnAnEmptySearchLineRecallsAndThenMovesRows() throws {
        var s = try press("/poland<Enter>c/troops<Enter>c/")
        s = try press("<Up>", s)
        #expect(line(s)?.text == "troops", "↑ on an empty / line recalls the last search, as a shell does")
        let recalled = s
        s = try press("<Down>", s)
        #expect(line(s)?.text == "troops" && s.selection != recalled.selection, "↓ moves rows while searching")
        s = try press("<Up>", s)
        #expect(line(s)?.text == "troops" && s.selection == recalled.selection, "with text on the line ↑ moves rows")
        s = try press("<C-p>", s)
        #expect(line(s)?.text == "poland", "Ctrl-P goes on back through the history")
    }

    @Test func upOnAnEmptySearchLineWithNoHistoryMovesRows() throws {
        let searching = try press("/", try press("jj"))
        let s = try press("<Up>", searching)
        #expect(line(s)?.text == "" && s.message == nil)
        #expect(s.selection != searching.selection, "↑ moved the selection up")
    }

    @Test func upAndDownRecallInTheArticleSearch() throws {
        var s = try press("s/oreshnik<Enter>/")
        #expect(s.mode.kind == .sourceSearch)
        s = try press("<Up>", s)
        #expect(line(s)?.text == "oreshnik")
        s = try press("<Down>", s)
        #expect(line(s)?.text == "")
    }

    @Test func theStatusBarSaysHowToRecall() throws {
        let command = Fixture.screen(try press(":"), index: index).split(separator: "\n").last ?? ""
        #expect(command.contains("↑ recall"), "\(command)")
        let search = Fixture.screen(try press("/"), index: index).split(separator: "\n").last ?? ""
        #expect(search.contains("Ctrl-P recall"), "\(search)")
    }

    @Test func arrowsStillMoveRowsAndTabStillMovesPanesWhileSearching() throws {
        let s = try press("/a")
        let down = try press("<Down>", s)
        #expect(down.mode.kind == .search && down.selection != s.selection)
        let tabbed = try press("<Tab>", s)
        #expect(tabbed.mode.kind == .search && tabbed.focus != s.focus)
    }

    @Test func backspaceOnAnEmptyLineLeavesItAndSaysSo() throws {
        let s = try press("/<BS>")
        #expect(s.mode == .browse && s.message?.text.hasPrefix("left search") == true)
        let c = try press(":<BS>")
        #expect(c.mode == .browse && c.message?.text.hasPrefix("left the command line") == true)
    }

    @Test func typingAWordNoPillarHoldsMovesFocusToTheBestMatch() throws {
        let s = try press("/türk")
        #expect(s.focus == .positions && s.subject(index) == RecordRef(kind: .actor, id: "turkey"))
    }

    @Test func aLongLineKeepsTheCursorAndItsSurroundingsInSight() {
        var l = PromptLine(String(repeating: "abcdefghij", count: 10))
        for _ in 0..<50 { l.apply(.left) }
        let shown = l.visible(width: 30)
        #expect(shown.text.hasPrefix("…") && shown.text.hasSuffix("…"))
        #expect(TextWidth.of(shown.text) <= 30)
        // The character under the cursor is the one shown at the cursor's column.
        #expect(Array(shown.text)[shown.cursor] == l.characters[l.cursor])
        let end = PromptLine(String(repeating: "x", count: 100)).visible(width: 30)
        #expect(end.text.hasPrefix("…") && end.cursor < 30)
    }

    @Test func nAndShiftNMoveBetweenMatchesOfTheLastSearch() throws {
        var s = try press("/ukraine<Esc>3")
        let matching = s.rows(of: .quotes, index).filter { index.matches($0, query: "ukraine") }
        try #require(matching.count >= 2)
        s = try press("gn", s)
        let firstAfterTop = s.selection[.quotes]
        #expect(firstAfterTop.map { matching.contains($0) } == true)
        let next = try press("n", s)
        #expect(next.selection[.quotes] != firstAfterTop && next.selection[.quotes].map(matching.contains) == true)
        #expect(try press("N", next).selection[.quotes] == firstAfterTop)
        #expect(try press("n").message?.isError == true)
    }

    @Test func keysAreIgnoredWhileTheTerminalIsTooSmall() throws {
        let small = Bundled.state(20, 5)
        let s = try press("jj/x", small)
        #expect(s.mode == .browse && s.selection == small.selection)
        #expect(Reducer.reduce(small, .quit, index).effect == .quit(status: 0))
    }
}

@Suite struct AltKeyTests {
    @Test func anUnboundAltKeyIsEscThenTheKey() {
        let map = KeyMap.standard
        #expect(map.events(for: .key(.alt("b")), in: .search) == [.key(.alt("b"))])
        #expect(map.events(for: .key(.alt("3")), in: .search) == [.key(.escape), .key(.character("3"))])
        #expect(map.events(for: .key(.alt("b")), in: .browse) == [.key(.escape), .key(.character("b"))])
    }
}
