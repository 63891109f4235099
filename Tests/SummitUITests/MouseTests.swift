import SummitModel
import Testing

@testable import SummitUI

@Suite struct MouseTests {
    let index = Bundled.index

    func click(_ x: Int, _ y: Int, _ s: ExplorerState, _ action: MouseEvent.Action = .press) -> ExplorerState {
        Reducer.reduce(s, .mouse(MouseEvent(action: action, x: x, y: y)), index).state
    }

    @Test func clickFocusesAndSelectsTheRowUnderThePointer() throws {
        let s = Bundled.state(80, 24)
        let layout = Layout(size: s.size, focus: s.focus)
        let positions = try #require(layout.panes[.positions])
        let clicked = click(3, positions.y + 3, s)
        #expect(clicked.focus == .positions)
        #expect(clicked.selection[.positions] == index.refs(of: .actor)[2])
        let detail = try #require(layout.panes[.detail])
        #expect(click(detail.x + 5, detail.y + 2, s).focus == .detail)
        // The title line focuses without changing the selection.
        #expect(click(3, positions.y, s).selection[.positions] == nil)
    }

    @Test func wheelMovesThePaneUnderThePointer() throws {
        let s = Bundled.state(80, 24)
        let quotes = try #require(Layout(size: s.size, focus: s.focus).panes[.quotes])
        let wheeled = click(3, quotes.y + 2, s, .wheelDown)
        #expect(wheeled.focus == .pillars)
        #expect(wheeled.selection[.quotes] == index.refs(of: .quote)[3])
        #expect(StateCheck.problems(wheeled, index).isEmpty)
    }

    @Test func tabBarClicksSwitchTabsOnSmallTerminals() {
        let s = Bundled.state(40, 12)
        let label = Renderer.render(s, index).lines[1]
        let x = TextWidth.of(String(label[..<label.range(of: "3 Quotes")!.lowerBound]))
        #expect(click(x + 1, 1, s).focus == .quotes)
    }

    @Test func wheelScrollsTheSourceView() {
        let s = Fixture.press([.character("s")], from: Bundled.state(80, 24), index: index)
        guard case .source(_, let before) = s.mode, case .source(_, let after) = click(5, 5, s, .wheelDown).mode else {
            Issue.record("not in source view")
            return
        }
        #expect(after == before + 3)
    }

    /// The header line's chips: one click selects a chip and offers to remove it, a second click removes it.
    @Test func aClickOnAChipSelectsItAndASecondRemovesIt() throws {
        var s = Bundled.state(100, 30)
        let pillar = FilterChip.pillar(index.dataset.pillars[2].id)
        s.chips = [pillar, .speaker("buras")]
        s.normalize(index)
        let header = Renderer.render(s, index).lines[0]
        let label = "[" + pillar.label(index) + "]"
        let at = try #require(header.range(of: label))
        let x = TextWidth.of(String(header[..<at.lowerBound]))
        let offered = click(x + 1, 0, s)
        #expect(offered.chips == s.chips && offered.offeredChip == 0)
        #expect(offered.message?.text == "filter \(pillar.label(index)): click it again to remove it")
        #expect(Renderer.render(offered, index)[x + 1, 0].style == .selected, "the offered chip is drawn selected")
        let removed = click(x + 2, 0, offered)
        #expect(removed.chips == [.speaker("buras")] && removed.offeredChip == nil)
        // Any other command withdraws the offer, so a later click only selects again.
        let moved = Reducer.reduce(offered, .moveDown, index).state
        #expect(moved.offeredChip == nil && click(x + 1, 0, moved).chips == s.chips)
        // The title and the gap between chips are not chips.
        #expect(click(1, 0, s).offeredChip == nil && click(x - 1, 0, s).offeredChip == nil)
    }
}
