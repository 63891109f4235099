import SummitModel
import Testing

@testable import SummitUI

/// Pins in the explorer: `m` on any pane, a mark in every pane, `:pins` in pin order, J and K to reorder, and the
/// loop handing every change to its keeper at once.
@Suite struct PinTests {
    let start = Fixture.state(80, 24)

    private func ref(_ kind: RecordKind, _ id: String) -> RecordRef { RecordRef(kind: kind, id: id) }
    private func keys(_ script: String) -> [Key] { try! KeyScript.parse(script) }

    @Test func mPinsAndUnpinsTheSelectionOfAnyPane() {
        // Pillar 1, then Germany (2, j), then Tusk's quote (3, j), then from Detail the subject (Tusk's quote again).
        let s = Fixture.press(keys("m2jm3jm"), from: start)
        #expect(s.pins.refs == [ref(.pillar, "pillar-1"), ref(.actor, "germany"), ref(.quote, "quote-tusk-1")])
        #expect(s.message?.text.hasPrefix("pinned quote by Tusk (3 pins)") == true)
        let detail = Fixture.press(keys("<Enter>m"), from: s)
        #expect(detail.pins.refs == [ref(.pillar, "pillar-1"), ref(.actor, "germany")])
        #expect(detail.message?.text == "unpinned quote by Tusk (2 pins)")
    }

    @Test func pinnedRowsAreMarkedInEveryPaneAndInDetail() {
        let s = Fixture.press(keys("m2jm"), from: start)
        let screen = Fixture.screen(s)
        let lines = screen.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("›◆ 1. Ceasefire monitoring") })
        #expect(lines.contains { $0.hasPrefix("›◆ Germany") })
        #expect(lines.contains { $0.hasPrefix(" Poland ") })
        #expect(lines.contains { $0.contains("Detail ◆ Germany") })
        // The stance column stays aligned beside a pinned row.
        let poland = lines.first { $0.hasPrefix(" Poland ") }!
        let germany = lines.first { $0.hasPrefix("›◆ Germany") }!
        #expect(
            poland.firstIndex(of: "✗")!.utf16Offset(in: poland) == germany.firstIndex(of: "+")!.utf16Offset(in: germany)
        )
    }

    @Test func pinsViewShowsPinsInPinOrderAndJKReorder() {
        // Pin Türkiye, then Poland: the pins view lists Türkiye first although Poland comes first in the dataset.
        var s = Fixture.press(keys("2jjmggm:pins<Enter>"), from: start)
        #expect(s.chips == [.pinned([ref(.actor, "turkiye"), ref(.actor, "poland")])])
        #expect(Array(s.rows(of: .positions, Fixture.index)) == [ref(.actor, "turkiye"), ref(.actor, "poland")])
        #expect(s.rows(of: .pillars, Fixture.index).isEmpty)
        // Poland is selected: K moves it before Türkiye, and the list follows.
        s = Fixture.press(keys("K"), from: s)
        #expect(s.pins.refs == [ref(.actor, "poland"), ref(.actor, "turkiye")])
        #expect(Array(s.rows(of: .positions, Fixture.index)) == [ref(.actor, "poland"), ref(.actor, "turkiye")])
        #expect(s.message?.text == "pin 1 of 2")
        s = Fixture.press(keys("KJ"), from: s)
        #expect(s.pins.refs == [ref(.actor, "turkiye"), ref(.actor, "poland")])
        // Unpinning in the pins view takes the row away.
        s = Fixture.press(keys("m"), from: s)
        #expect(Array(s.rows(of: .positions, Fixture.index)) == [ref(.actor, "turkiye")])
        #expect(Fixture.screen(s).split(separator: "\n").first?.hasSuffix("[◆ pins]") == true)
    }

    @Test func reorderingOrShowingNothingPinnedSaysSo() {
        let s = Fixture.press(keys("K"), from: start)
        #expect(s.message?.isError == true && s.message?.text.contains("not pinned") == true)
        let empty = Fixture.press(keys(":pins<Enter>"), from: start)
        #expect(empty.chips.isEmpty && empty.message?.text.hasPrefix("nothing is pinned yet") == true)
    }

    @Test func theLoopTakesThePinsAsSavedWhenAnotherSummitChangedThem() {
        // The keeper merges in a pin another summit added (Germany) while this explorer pinned Poland.
        let keeper = PinKeeper(pins: PinList(), problem: nil) { pins in
            .init(pins: PinList.merge(base: PinList(), ours: pins, theirs: PinList([ref(.actor, "germany")])))
        }
        let screen = ScriptedScreen(size: Size(width: 80, height: 24), script: ScriptedScreen.keys("2m:pins<Enter>q"))
        _ = ExplorerLoop(index: Fixture.index, pinKeeper: keeper).run(on: screen)
        let afterPin = screen.frames.first { $0.lines.last!.contains("another summit") }
        #expect(afterPin?.lines.last!.contains("pins: 2, with a change made by another summit") == true)
        #expect(screen.frames.last!.text.contains("Germany") && screen.frames.last!.text.contains("Poland"))
    }

    @Test func theLoopSavesEveryChangeAndShowsTheKeepersProblem() {
        final class Saved { var lists: [[String]] = [] }
        let saved = Saved()
        let keeper = PinKeeper(pins: PinList([ref(.actor, "poland")]), problem: "the pins file was set aside") { pins in
            saved.lists.append(pins.refs.map(\.id))
            return .init(pins: pins)
        }
        let screen = ScriptedScreen(size: Size(width: 80, height: 24), script: ScriptedScreen.keys("2mjmkjq"))
        let status = ExplorerLoop(index: Fixture.index, pinKeeper: keeper).run(on: screen)
        #expect(status == 0)
        #expect(screen.frames.first!.lines.last!.contains("the pins file was set aside"))
        // m on Poland (pinned: unpins), j, m on Germany; k and j only move: two saves, then q.
        #expect(saved.lists == [[], ["germany"]])
        let full = PinKeeper(pins: PinList(), problem: nil) { pins in
            .init(pins: pins, failure: "pins not saved: disk full")
        }
        let failing = ScriptedScreen(size: Size(width: 80, height: 24), script: ScriptedScreen.keys("2mq"))
        _ = ExplorerLoop(index: Fixture.index, pinKeeper: full).run(on: failing)
        #expect(failing.frames.last!.lines.last!.contains("pins not saved: disk full"))
    }
}
