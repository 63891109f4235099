import SummitModel
import Testing

@testable import SummitUI

/// The rows, best matches and linked records the reducer keeps with the state must be exactly what computing
/// them afresh gives, whichever way the state was reached (typing on, deleting, chips added and dropped).
@Suite struct DerivedViewsTests {
    let index = Bundled.index

    /// The same state with nothing kept: everything is computed from chips and draft.
    func fresh(_ s: ExplorerState) -> ExplorerState {
        var f = s
        f.derived = DerivedViews()
        return f
    }

    func expectSameViews(_ s: ExplorerState, _ what: String) {
        let f = fresh(s)
        for pane in PaneID.lists {
            #expect(s.rows(of: pane, index) == f.rows(of: pane, index), "\(what): \(pane)")
        }
        #expect(s.subject(index) == f.subject(index), "\(what): subject")
        #expect(Renderer.render(s, index).text == Renderer.render(f, index).text, "\(what): screen")
    }

    @Test(arguments: [
        "/ceasefire monitoring<BS><BS><BS> x<BS><BS>ing", "/pol<Enter>/uk<BS><BS>troops<Enter><BS>",
        "2jj<Space>/a<Enter>3<Space>c/rte", "/turk<Enter>/türkiye’s<Esc>/won't",
        "3jsjj<PgDn>G<PgUp>s2s<Esc>",
    ])
    func keptViewsEqualFreshOnes(script: String) throws {
        var s = Bundled.state(100, 30)
        for key in try KeyScript.parse(script) {
            s = Reducer.reduce(s, KeyMap.standard.command(for: key, in: s.mode.kind), index).state
            #expect(s.derived.lists != nil)
            expectSameViews(s, "\(script) at \(key.label)")
        }
    }

    /// One key refreshes the derived views once and computes each of them at most once, however many steps the
    /// command takes (typing on a search re-filters, then picks each list's best match, then settles the scroll).
    @Test(arguments: [
        "/ceasefire monitoring<BS><BS> x<Enter>", "2jj<Space>/a<Enter>3<Space><BS>c/rte<Enter>",
        "4jjG<PgUp>?jjG<Esc>3sjj<PgDn>G<Esc>", "/zzz<Enter>/pol<Tab><Esc>:actor uk<Enter>f<BS>c",
    ])
    func eachKeyRefreshesTheViewsOnce(script: String) throws {
        var s = Bundled.state(100, 30)
        for key in try KeyScript.parse(script) {
            let before = s.derived.builds
            s = Reducer.reduce(s, KeyMap.standard.command(for: key, in: s.mode.kind), index).state
            let after = s.derived.builds
            #expect(after.refreshes - before.refreshes == 1, "\(script) at \(key.label)")
            for (name, view) in [
                ("lists", \DerivedViews.Builds.lists), ("linked", \.linked), ("detail", \.detail),
                ("help", \.help), ("source", \.source),
            ] {
                #expect(after[keyPath: view] - before[keyPath: view] <= 1, "\(script) at \(key.label): \(name)")
            }
        }
    }

    /// The heights the reducer reads are those of the views the renderer draws: kept, not computed again.
    @Test func theDetailAndHelpHeightsAreKeptWithTheState() throws {
        var s = Bundled.state(80, 24)
        for key in try KeyScript.parse("4G") {
            s = Reducer.reduce(s, KeyMap.standard.command(for: key, in: s.mode.kind), index).state
        }
        let subject = try #require(s.subject(index))
        let width = try #require(Layout(size: s.size, focus: s.focus).panes[.detail]).width
        let kept = try #require(s.derived.detail)
        #expect(kept.fits(subject, width: width, queries: s.highlightQueries, index))
        // G scrolled the detail text to its end: its last line on the pane's last row.
        let rows = Layout(size: s.size, focus: s.focus).contentRows(.detail)
        try #require(kept.count > rows)
        #expect(s.scroll[.detail] == kept.count - rows)
        s = Reducer.reduce(s, .help, index).state
        #expect(s.derived.help?.fits(.standard, size: s.size) == true)
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
            #expect(
                index.best(among: quotes, query: query)?.ref == index.search(query).first { $0.ref.kind == .quote }?.ref
            )
        }
        #expect(index.best(among: index.allRefs, query: "xylophone") == nil)
    }
}
