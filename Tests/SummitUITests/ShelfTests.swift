import SummitModel
import Testing

@testable import SummitUI

/// Quotes, figures, events and questions take turns in the third place on the left; every record of those kinds
/// can be searched, filtered, read in Detail and found in the article.
@Suite struct ShelfTests {
    let index = Bundled.index

    func run(_ script: String, _ width: Int = 80, _ height: Int = 24, from start: ExplorerState? = nil) throws
        -> ExplorerState
    {
        var s = start ?? Bundled.state(width, height)
        for key in try KeyScript.parse(script) {
            s = Reducer.reduce(s, KeyMap.standard.command(for: key, in: s.mode.kind), index).state
        }
        return s
    }

    @Test func numberKeysPutEachListInTheShelfAndTabWalksThemAll() throws {
        for (key, pane) in [("3", PaneID.quotes), ("5", .figures), ("6", .events), ("7", .questions)] {
            let s = try run(key)
            #expect(s.focus == pane && s.shelf == pane)
            #expect(s.layout.panes[pane] != nil)
            #expect(PaneID.shelf.filter { $0 != pane }.allSatisfy { s.layout.panes[$0] == nil })
        }
        // Tab from Pillars reaches every pane once before coming back.
        var s = Bundled.state(80, 24)
        var seen: [PaneID] = []
        for _ in PaneID.allCases {
            seen.append(s.focus)
            s = Reducer.reduce(s, .nextPane, index).state
        }
        #expect(Set(seen) == Set(PaneID.allCases) && s.focus == .pillars)
        // Leaving the shelf for Detail keeps the shelf's list in its place.
        let detail = try run("6<Enter>")
        #expect(detail.focus == .detail && detail.layout.panes[.events] != nil)
    }

    @Test func everyKindHasItsRows() {
        let s = Bundled.state(80, 24)
        for pane in PaneID.lists {
            #expect(s.rows(of: pane, index).count == index.refs(of: pane.kind!).count, "\(pane)")
        }
    }

    @Test func oreshnikFindsTheStrikeEventAndItsSource() throws {
        let typing = try run("/oreshnik")
        #expect(typing.rows(of: .events, index).contains(RecordRef(kind: .event, id: "event-oreshnik-strike")))
        #expect(typing.rows(of: .quotes, index).isEmpty)
        // The search emptied the focused list, so focus went to the best match (decision 52), and the shelf
        // shows the list that holds it rather than Quotes, which has no match.
        #expect(PaneID.shelf.contains(typing.focus) && typing.shelf == typing.focus)
        #expect(!typing.rows(of: typing.focus, index).isEmpty)
        let screen = Renderer.render(typing, index).text
        #expect(screen.contains("▶ \(typing.focus.title) 1/"), "\(screen)")
        let source = try run("/oreshnik<Enter>6<Enter>s")
        #expect(source.selection[.events] == RecordRef(kind: .event, id: "event-oreshnik-strike"))
        guard case .source(let subject, _) = source.mode else {
            Issue.record("not in the source view")
            return
        }
        #expect(subject == RecordRef(kind: .event, id: "event-oreshnik-strike"))
    }

    @Test func chipsFilterTheNewListsByTheSameFacets() throws {
        let russia = try run(":actor russia<Enter>")
        let events = russia.rows(of: .events, index).map(\.id)
        #expect(events.contains("event-oreshnik-strike") && !events.contains("event-spain-signaled"))
        #expect(russia.rows(of: .figures, index).isEmpty)
        let pillar3 = try run(":pillar 3<Enter>")
        #expect(pillar3.rows(of: .questions, index).map(\.id).contains("question-enforcement-ladder"))
        #expect(pillar3.rows(of: .figures, index).isEmpty)
        let kind = try run(":kind figure<Enter>")
        #expect(
            kind.rows(of: .figures, index).count == index.dataset.figures.count && kind.rows(of: .events, index).isEmpty
        )
    }

    @Test func aFiguresDetailChartsTheFiguresThatCountTheSameThing() throws {
        let s = try run("5jjjj<Enter>")
        #expect(s.selection[.figures]?.id == "figure-force-estimate")
        let text = s.detailText(try #require(s.subject(index)), width: 47, index).all.map {
            String($0.map(\.character))
        }
        let chart = text.drop { !$0.contains("Compared with") }
        #expect(
            chart.contains { $0.contains("50,000–100,000 troops") }
                && chart.contains { $0.contains("just over 70,000 full-time personnel") })
        #expect(chart.contains { $0.contains("█") && $0.contains("░") })
        // A doubt about another bar is shown with the chart: the British and French counts may differ.
        let comparison = try #require(index.note(id: "note-figure-comparison"))
        #expect(chart.joined(separator: " ").contains(String(comparison.text.prefix(30))))
        // Nations and kilometers do not stand beside troops.
        #expect(!chart.contains { $0.contains("35 nations") || $0.contains("kilometers") })
        var ascii = s
        ascii.glyphs = .ascii
        ascii.normalize(index)
        let plain = Renderer.render(ascii, index).text
        #expect(plain.contains("#") && !plain.contains("█") && !plain.contains("░"))
    }

    @Test func aFigureNothingComparesWithHasNoChart() throws {
        let s = try run("5jjj<Enter>")
        #expect(s.selection[.figures]?.id == "figure-strike-distance")
        #expect(!Renderer.render(s, index).text.contains("Compared with"))
    }

    @Test func comparableMeasures() {
        #expect(FigureComparison.measure("troops") == FigureComparison.measure("full-time personnel"))
        #expect(FigureComparison.measure("nations") != FigureComparison.measure("members"))
    }
}
