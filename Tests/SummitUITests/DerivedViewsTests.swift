import Testing
import SummitModel
@testable import SummitUI

/// The rows, best matches and linked records the reducer keeps with the state must be exactly what computing
/// them afresh gives, whichever way the state was reached (typing on, deleting, chips added and dropped).
@Suite struct DerivedViewsTests {
    let index = Bundled.index

    /// The same state with nothing kept: everything is computed from chips and draft.
    func fresh(_ s: ExplorerState) -> ExplorerState { var f = s; f.derived = DerivedViews(); return f }

    func expectSameViews(_ s: ExplorerState, _ what: String) {
        let f = fresh(s)
        for pane in PaneID.lists {
            #expect(s.rows(of: pane, index) == f.rows(of: pane, index), "\(what): \(pane)")
        }
        #expect(s.subject(index) == f.subject(index), "\(what): subject")
        #expect(Renderer.render(s, index).text == Renderer.render(f, index).text, "\(what): screen")
    }

    @Test(arguments: ["/ceasefire monitoring<BS><BS><BS> x<BS><BS>ing", "/pol<Enter>/uk<BS><BS>troops<Enter><BS>",
                      "2jj<Space>/a<Enter>3<Space>c/rte", "/turk<Enter>/türkiye’s<Esc>/won't",
                      "3jsjj<PgDn>G<PgUp>s2s<Esc>"])
    func keptViewsEqualFreshOnes(script: String) throws {
        var s = Bundled.state(100, 30)
        for key in try KeyScript.parse(script) {
            s = Reducer.reduce(s, KeyMap.standard.command(for: key, in: s.mode.kind), index).state
            #expect(s.derived.lists != nil)
            expectSameViews(s, "\(script) at \(key.label)")
        }
    }

    @Test func narrowingIsUsedOnlyWhenEveryOldWordLiesInANewOne() {
        #expect(DatasetIndex.query("troops", narrows: "troo"))
        #expect(DatasetIndex.query("troo ps", narrows: "troo"))
        #expect(DatasetIndex.query("Türkiye", narrows: "turk"))
        #expect(!DatasetIndex.query("troo", narrows: "troops"))
        #expect(!DatasetIndex.query("tr oops", narrows: "troops"))
        #expect(DatasetIndex.query("anything", narrows: ""))
    }

    @Test func bestAmongRanksAsSearchDoes() {
        for query in ["poland", "troops", "rte", "uk", "ceasefire monitoring"] {
            let all = index.allRefs
            #expect(index.best(among: all, query: query) == index.search(query).first, "\(query)")
            let quotes = index.refs(of: .quote)
            #expect(index.best(among: quotes, query: query)?.ref == index.search(query).first { $0.ref.kind == .quote }?.ref)
        }
        #expect(index.best(among: index.allRefs, query: "xylophone") == nil)
    }
}
