import FoundationEssentials
import SummitModel
import Testing

@testable import SummitUI

/// What the explorer remembers between sessions, and the prompt histories it carries.
@Suite struct ExplorerMemoryTests {
    let index = Fixture.index

    func press(_ keys: [Key], from state: ExplorerState) -> ExplorerState { Fixture.press(keys, from: state) }

    @Test func aSessionComesBackWhereItWasLeft() throws {
        var s = press(
            [.character("2"), .character("j")] + [.character("/")] + Fixture.type("army") + [.enter]
                + [.character(":")] + Fixture.type("stance open") + [.enter], from: Fixture.state(80, 24))
        s = press([.character("3"), .character("j")], from: s)
        let memory = ExplorerMemory(s)
        // Through JSON, as on disk.
        let stored = try JSONDecoder().decode(ExplorerMemory.self, from: JSONEncoder().encode(memory))
        var fresh = stored.restore(into: ExplorerState(size: Size(width: 80, height: 24)), index)
        fresh.normalize(index)
        #expect(fresh.focus == s.focus && fresh.lastList == s.lastList)
        #expect(fresh.selection == s.selection)
        #expect(fresh.chips == s.chips && fresh.chips.count == 2)
        #expect(fresh.searchHistory.lines == ["army"] && fresh.commandHistory.lines == ["stance open"])
        #expect(
            Renderer.render(fresh, index).text
                == Renderer.render(s, index).text.replacingFirstStatusLine(with: Renderer.render(fresh, index).text))
    }

    @Test func whatTheDatasetNoLongerHasIsLeftOut() {
        var memory = ExplorerMemory()
        memory.focus = "nowhere"
        memory.lastList = "detail"
        memory.selection = ["positions": "actor:atlantis", "quotes": "actor:poland", "pillars": "pillar:pillar-2"]
        memory.chips = [
            "actor:atlantis", "stance:maybe", "text:", "text:army", "text:army", "linked:quote:gone", "bogus",
        ]
        let s = memory.restore(into: ExplorerState(size: Size(width: 80, height: 24)), index)
        #expect(s.focus == .pillars && s.lastList == .pillars)
        #expect(s.selection == [.pillars: RecordRef(kind: .pillar, id: "pillar-2")])
        #expect(s.chips == [.text("army")])
    }

    @Test func historyKeepsEachLineOnceNewestLastAndAtMostTheLimit() {
        var h = PromptHistory()
        for line in ["a", "b", " a ", "", "c"] { h.record(line) }
        #expect(h.lines == ["b", "a", "c"])
        #expect(h.line(back: 0) == "c" && h.line(back: 2) == "b" && h.line(back: 9) == "b")
        let many = PromptHistory((0..<(PromptHistory.limit + 30)).map { "line \($0)" })
        #expect(many.lines.count == PromptHistory.limit)
        #expect(many.lines.first == "line 30" && many.lines.last == "line \(PromptHistory.limit + 29)")
    }

    @Test func ctrlPAndCtrlNWalkTheHistoryOfEachPrompt() {
        var s = press(
            [.character("/")] + Fixture.type("army") + [.enter] + [.character("c")]
                + [.character("/")] + Fixture.type("ceasefire") + [.enter] + [.character("c")],
            from: Fixture.state(80, 24))
        s = press([.character("/"), .control("p")], from: s)
        #expect(s.mode == .search(draft: "ceasefire"))
        s = press([.control("p")], from: s)
        #expect(s.mode == .search(draft: "army"))
        #expect(s.rows(of: .pillars, index).count == 1, "a recalled search filters as if typed")
        s = press([.control("p")], from: s)
        #expect(s.mode == .search(draft: "army"), "the oldest line stays")
        s = press([.control("n"), .control("n")], from: s)
        #expect(s.mode == .search(draft: ""))
        // The command line has its own history.
        s = press([.escape, .character(":"), .control("p")], from: s)
        #expect(s.mode.kind == .command)
        #expect(s.message?.text == "no earlier commands yet")
    }

    /// The loop hands its state over on suspend (a suspended summit is often never resumed) and on quit.
    final class Kept: @unchecked Sendable { var states: [ExplorerState] = [] }

    @Test func theLoopRemembersOnSuspendAndOnQuitAndBeginsFromWhatItIsGiven() {
        let kept = Kept()
        var loop = ExplorerLoop(index: index)
        loop.begin = {
            var s = $0
            s.focus = .quotes
            s.lastList = .quotes
            return s
        }
        loop.remember = { kept.states.append($0) }
        let screen = ScriptedScreen(size: Size(width: 80, height: 24), script: ScriptedScreen.keys("j<C-z>jq"))
        #expect(loop.run(on: screen) == 0)
        #expect(screen.suspended == 1)
        #expect(kept.states.count == 2)
        let quotes = index.refs(of: .quote)
        #expect(quotes.count == 2, "the fixture: a second j stays on the last quote")
        #expect(kept.states.map { $0.selection[.quotes] } == [quotes[1], quotes[1]])
        #expect(kept.states.allSatisfy { $0.focus == .quotes })
    }

    @Test func aNoticeStaysUntilEscDismissesIt() {
        var s = Fixture.state(80, 24)
        s.notice = StatusMessage("config c.toml:2: unknown command — Esc dismisses", isError: true)
        s = press([.character("j"), .character("2")], from: s)
        #expect(Renderer.render(s, index).lines[23].hasPrefix(" config c.toml:2: unknown command"))
        s = press([.escape], from: s)
        #expect(s.notice == nil)
        #expect(Renderer.render(s, index).lines[23].hasPrefix(" Pil 2 · Pos 3 · Quo 2 "))
    }
}

extension String {
    /// The screen with its last line (the status bar, which says what the last key did) taken from `other`.
    fileprivate func replacingFirstStatusLine(with other: String) -> String {
        var lines = split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let theirs = other.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if let last = theirs.last, !lines.isEmpty { lines[lines.count - 1] = last }
        return lines.joined(separator: "\n")
    }
}
