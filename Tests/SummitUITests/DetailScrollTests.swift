import SummitModel
import Testing

@testable import SummitUI

/// The detail pane shows the selection of the last list focused; whenever that subject changes, it starts at the top.
@Suite struct DetailScrollTests {
    let index = Bundled.index

    @Test func focusingAnotherListStartsItsSubjectsDetailAtTheTop() throws {
        // Detail of France (Positions), scrolled two lines down.
        let scrolled = Fixture.press(
            [.character("2"), .character("4"), .character("j"), .character("j")],
            from: Bundled.state(80, 24), index: index)
        #expect(scrolled.scroll[.detail] == 2)
        #expect(scrolled.lastList == .positions)
        // Pillars takes over the detail: Pillar 1 from its first line, not two lines down.
        let pillars = Fixture.press([.character("1")], from: scrolled, index: index)
        #expect(pillars.lastList == .pillars)
        #expect(pillars.scroll[.detail] ?? 0 == 0)
        let fresh = Fixture.press([.character("1")], from: Bundled.state(80, 24), index: index)
        #expect(Renderer.render(pillars, index).lines == Renderer.render(fresh, index).lines)
        // Back to the detail pane of the same list keeps the place: only a change of subject resets it.
        let same = Fixture.press([.character("2")], from: scrolled, index: index)
        #expect(same.scroll[.detail] == 2)
    }
}
