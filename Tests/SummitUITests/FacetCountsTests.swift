import SummitModel
import Testing

@testable import SummitUI

/// `F`: how many records of the focused list have each value of its facet; Enter filters by one.
@Suite struct FacetCountsTests {
    let index = Bundled.index

    func run(_ script: String, from start: ExplorerState? = nil) throws -> ExplorerState {
        var s = start ?? Bundled.state(80, 24)
        for key in try KeyScript.parse(script) {
            s = Reducer.reduce(s, KeyMap.standard.command(for: key, in: s.mode.kind), index).state
        }
        return s
    }

    @Test func countsAgreeWithTheFilterTheyApply() throws {
        // Every row's count is the number of rows its chip keeps, for each list's facet.
        for pane in PaneID.lists {
            let table = FacetTable(pane: pane)
            let s = Bundled.state(80, 24)
            let rows = table.rows(s, index)
            #expect(!rows.isEmpty, "\(pane)")
            for row in rows {
                let chip = try #require(table.chip(row.value))
                var filtered = s
                filtered.chips = [chip]
                let kept = (pane == .pillars ? Array(PaneID.lists.dropFirst()) : [pane]).reduce(0) {
                    $0 + filtered.rows(of: $1, index).count
                }
                #expect(kept == row.count, "\(pane) \(row.value)")
            }
            #expect(rows.map(\.count) == rows.map(\.count).sorted(by: >))
        }
    }

    @Test func stancesOfPositionsAndSpeakersOfQuotes() {
        let s = Bundled.state(80, 24)
        let stances = FacetTable(pane: .positions).rows(s, index)
        #expect(stances.reduce(0) { $0 + $1.count } == index.dataset.actors.count)
        let rulesOut = index.dataset.actors.filter { $0.stance.value == .rulesOut }.count
        #expect(stances.first { $0.value == "rules-out" }?.count == rulesOut)
        let speakers = FacetTable(pane: .quotes).rows(s, index)
        #expect(
            speakers.first { $0.value == "buras" }?.count == index.dataset.quotes.filter { $0.speaker == "buras" }.count
        )
    }

    @Test func enterAppliesTheSelectedValueAsAChipAndEscCloses() throws {
        let open = try run("2F")
        guard case .counts(let table) = open.mode else {
            Issue.record("F did not open the counts")
            return
        }
        #expect(table.pane == .positions)
        let second = try #require(table.rows(open, index).dropFirst().first)
        let picked = try run("j<Enter>", from: open)
        #expect(picked.mode == .browse)
        #expect(picked.chips == [.stance(try #require(StanceValue(rawValue: second.value)))])
        #expect(picked.rows(of: .positions, index).count == second.count)
        #expect(try run("<Esc>", from: open).mode == .browse)
        #expect(try run("F", from: open).mode == .browse)
        // Counts follow the chips in force.
        let filtered = try run(":actor russia<Enter>3F")
        guard case .counts(let t) = filtered.mode else {
            Issue.record("F did not open")
            return
        }
        #expect(t.rows(filtered, index).reduce(0) { $0 + $1.count } <= filtered.rows(of: .quotes, index).count)
    }

    @Test func selectionStaysInTheTable() throws {
        let s = try run("2FGjjjj")
        guard case .counts(let table) = s.mode else {
            Issue.record("not in counts")
            return
        }
        #expect(table.selected == table.rows(s, index).count - 1)
        let top = try run("gkk", from: s)
        guard case .counts(let t) = top.mode else {
            Issue.record("not in counts")
            return
        }
        #expect(t.selected == 0)
    }
}
