import SummitModel
import Testing

@testable import SummitUI

@Suite struct ReducerTests {
    let index = Bundled.index
    var start: ExplorerState { Bundled.state(80, 24) }

    func press(_ keys: [Key], _ s: ExplorerState? = nil) -> ExplorerState {
        Fixture.press(keys, from: s ?? start, index: index)
    }
    func ids(_ s: ExplorerState, _ pane: PaneID) -> [String] { s.rows(of: pane, index).map(\.id) }

    @Test func searchNarrowsEveryPaneLiveAndHighlights() {
        let s = press([.character("/")] + Fixture.type("poland"))
        #expect(s.mode == .search(draft: "poland"))
        #expect(ids(s, .positions).contains("poland"))
        #expect(ids(s, .positions).count < index.refs(of: .actor).count)
        let quotes = s.rows(of: .quotes, index)
        #expect(!quotes.isEmpty && quotes.count < index.refs(of: .quote).count)
        for q in quotes { #expect(index.matches(q, query: "poland")) }
        // Every keystroke re-filters: one letter less widens the lists again.
        let wider = press([.backspace, .backspace, .backspace], s)
        #expect(wider.rows(of: .quotes, index).count >= quotes.count)
        // Matched text is highlighted in the grid.
        let grid = Renderer.render(s, index)
        #expect(grid.cells.contains { $0.style == .match && $0.character == "P" })
    }

    @Test func searchEnterKeepsChipEscCancels() {
        let typed = press([.character("/")] + Fixture.type("poland"))
        let kept = press([.enter], typed)
        #expect(kept.mode == .browse && kept.chips == [.text("poland")])
        #expect(ids(kept, .positions) == ids(typed, .positions))
        let cancelled = press([.escape], typed)
        #expect(cancelled.mode == .browse && cancelled.chips.isEmpty)
        #expect(ids(cancelled, .positions).count == index.refs(of: .actor).count)
    }

    @Test func crossFilterNarrowsQuotesToLinked() throws {
        let polandRow = try #require(index.refs(of: .actor).firstIndex(of: RecordRef(kind: .actor, id: "poland")))
        let s = press([.character("2")] + Array(repeating: .character("j"), count: polandRow) + [.character(" ")])
        #expect(s.chips == [.linked(RecordRef(kind: .actor, id: "poland"))])
        let linked = index.linked(to: RecordRef(kind: .actor, id: "poland"))
        let quotes = s.rows(of: .quotes, index)
        #expect(quotes.count < index.refs(of: .quote).count)
        #expect(quotes.allSatisfy(linked.contains))
        #expect(Set(quotes) == linked.filter { $0.kind == .quote })
        // The anchor's own pane stays whole so another actor can be chosen.
        #expect(s.rows(of: .positions, index).count == index.refs(of: .actor).count)
    }

    @Test func chipsStackDropAndClear() {
        var s = press([.character("/")] + Fixture.type("ukraine") + [.enter])
        s = press([.character("3"), .character("f")], s)  // link to the selected quote
        s = press([.character(":")] + Fixture.type("stance rules-out") + [.enter], s)
        #expect(s.chips.count == 3)
        #expect(Renderer.render(s, index).lines[0].contains("[stance: rules out]"))
        let dropped = press([.backspace], s)
        #expect(dropped.chips == Array(s.chips.dropLast()))
        let cleared = press([.character("c")], s)
        #expect(cleared.chips.isEmpty)
        #expect(ids(cleared, .quotes).count == index.refs(of: .quote).count)
    }

    @Test func searchSelectsTheBestMatchAndLeavesNoEmptyFocus() {
        // Russia comes before Poland in the dataset and mentions Poland; the search still shows Poland.
        let typing = press([.character("/")] + Fixture.type("poland"))
        #expect(ids(typing, .positions).first != "poland" && ids(typing, .positions).contains("poland"))
        #expect(typing.selection[.positions] == RecordRef(kind: .actor, id: "poland"))
        #expect(typing.subject(index) == RecordRef(kind: .actor, id: "poland"))
        // Pillars (focused) has no match: Enter moves focus to where the best match is, so Space links from it.
        let kept = press([.enter, .character(" ")], typing)
        #expect(kept.focus == .positions)
        #expect(kept.chips == [.text("poland"), .linked(RecordRef(kind: .actor, id: "poland"))])
    }

    @Test func chipsReadAsNames() {
        func label(_ chip: FilterChip) -> String { chip.label(index) }
        #expect(label(.actor("united-kingdom")) == "actor: United Kingdom")
        #expect(label(.actor("coalition-of-the-willing")) == "actor: Coalition of the Willing")
        #expect(label(.speaker("buras")) == "speaker: Buras")
        #expect(label(.pillar(index.dataset.pillars[1].id)) == "pillar 2")
        #expect(label(.stance(.rulesOut)) == "stance: rules out")
        #expect(label(.kind(.quote)) == "kind: quotes")
        #expect(label(.linked(RecordRef(kind: .actor, id: "turkey"))) == "↔ Turkey")
        // A quote with no named speaker is named by its words, never by its id; long text is cut.
        let unnamed = index.dataset.quotes.first { $0.speaker == nil }!
        let chip = label(.linked(RecordRef(kind: .quote, id: unnamed.id)))
        #expect(chip.hasPrefix("↔ “") && chip.hasSuffix("…") && !chip.contains(unnamed.id) && TextWidth.of(chip) == 26)
        #expect(label(.text(String(repeating: "x", count: 40))).count == 25)
        // The status message names the filter the same way.
        let s = press([.character(":")] + Fixture.type("actor britain") + [.enter])
        #expect(s.message?.text == "filter actor: United Kingdom — Backspace drops it, c clears all")
        let none = press([.character(":")] + Fixture.type("speaker buras") + [.enter], s)
        #expect(
            none.message?.text
                == "filter speaker: Buras leaves nothing with the other filters — Backspace drops it, c clears all")
        #expect(none.message?.isError == true)
    }

    @Test func movementClampsAndPages() {
        var s = press([.character("2"), .character("G")])
        #expect(s.selection[.positions] == index.refs(of: .actor).last)
        s = press([.character("j")], s)
        #expect(s.selection[.positions] == index.refs(of: .actor).last)
        s = press([.character("g")], s)
        #expect(s.selection[.positions] == index.refs(of: .actor).first)
        s = press([.pageDown], s)
        let row = s.selectedRow(of: .positions, rows: s.rows(of: .positions, index))
        #expect(row == Layout(size: s.size, focus: .positions).contentRows(.positions) - 1)
        #expect(press([.up, .k, .home], s).selection[.positions] == index.refs(of: .actor).first)
    }

    @Test func focusCyclesAndDetailOpensAndCloses() {
        #expect(press([.tab]).focus == .positions)
        #expect(press([.backTab]).focus == .detail)
        #expect(press([.character("3")]).focus == .quotes)
        let detail = press([.character("3"), .enter])
        #expect(detail.focus == .detail && detail.lastList == .quotes)
        #expect(detail.subject(index) == index.refs(of: .quote).first)
        #expect(press([.escape], detail).focus == .quotes)
    }

    @Test func sourceViewHighlightsTheSpanAndGoesBack() throws {
        let s = press([.character("3"), .character("j"), .character("s")])
        guard case .source(let subject, _) = s.mode else {
            Issue.record("not in source view")
            return
        }
        let ref = try #require(subject)
        #expect(ref == index.refs(of: .quote)[1])
        let span = try #require(index.span(of: ref))
        let grid = Renderer.render(s, index)
        let highlighted = String(
            grid.cells.filter { $0.style == .sourceHighlight && !$0.isContinuation }.map(\.character)
        )
        .replacingOccurrences(of: " ", with: "")
        #expect(
            highlighted
                == index.sourceText(span).replacingOccurrences(of: " ", with: "").replacingOccurrences(
                    of: "\n", with: ""))
        #expect(press([.character("s")], s).mode == .browse)
        #expect(press([.escape], s).mode == .browse)
        // The help the unbound-key message points to is one key away here too.
        #expect(press([.character("?")], s).mode == .help(scroll: 0))
    }

    @Test func helpToggles() {
        let s = press([.character("?")])
        #expect(s.mode == .help(scroll: 0))
        #expect(Renderer.render(s, index).text.contains("Focus the next pane"))
        #expect(press([.character("?")], s).mode == .browse)
        #expect(press([.escape], s).mode == .browse)
        #expect(press([.character("j")], s).mode == .help(scroll: 1))
    }

    @Test func quitEffectsCarryExitStatuses() {
        #expect(Reducer.reduce(start, .quit, index).effect == .quit(status: 0))
        #expect(
            Reducer.reduce(start, KeyMap.standard.command(for: .control("c"), in: .search), index).effect
                == .quit(status: 130))
        #expect(
            Reducer.reduce(start, KeyMap.standard.command(for: .hangup, in: .browse), index).effect
                == .quit(status: 129))
        #expect(
            Reducer.reduce(start, KeyMap.standard.command(for: .terminate, in: .browse), index).effect
                == .quit(status: 143))
        #expect(Reducer.reduce(start, .suspend, index).effect == .suspend)
        #expect(Reducer.reduce(start, .redraw, index).effect == .redraw)
    }

    @Test func everyPrintableCharacterIsTextWhileTyping() {
        let printable = (32...126).map { Character(Unicode.Scalar($0)!) } + ["é", "’", "日"]
        for prefix in ["/", ":"] {
            let s = press([.character(Character(prefix))] + printable.map { .character($0) })
            #expect(
                s.mode
                    == (prefix == "/"
                        ? .search(draft: PromptLine(String(printable)))
                        : .command(draft: PromptLine(String(printable)), completions: CompletionList())))
        }
    }

    @Test func unboundKeySaysSo() {
        let s = press([.character("x")])
        #expect(s.message?.isError == true)
        #expect(Renderer.render(s, index).lines.last!.contains("x does nothing here"))
    }

    @Test func resizeReLaysOut() {
        let s = press([.character("2"), .character("G")])
        let small = Reducer.reduce(s, .resize(Size(width: 40, height: 12)), index).state
        #expect(Layout(size: small.size, focus: small.focus).shape == .tabs)
        #expect(Renderer.render(small, index).lines[1].hasPrefix("1 Pillars"))
        #expect(StateCheck.problems(small, index).isEmpty)
    }
}

extension Key {
    static let k = Key.character("k")
}

@Suite struct ReducerScrollTests {
    let index = Bundled.index

    @Test func arrowsScrollTheDetailPaneWhenItHasFocus() {
        // Pillar 1's detail at 80x24: the first link (Coalition of the Willing) is on the last line shown.
        let s = Fixture.press([.character("4")], from: Bundled.state(80, 24), index: index)
        let first = Fixture.press([.character("j")], from: s, index: index)
        #expect(first.scroll[.detail] ?? 0 == 0 && first.detailLink == 0)
        // The next link is below the fold: ↓ scrolls one line, and it is selected once in sight.
        let down = Fixture.press([.character("j"), .character("j")], from: first, index: index)
        #expect(down.scroll[.detail] == 1 && down.detailLink == 1)
        let paged = Fixture.press([.pageDown], from: s, index: index)
        #expect(paged.scroll[.detail] == Layout(size: s.size, focus: .detail).contentRows(.detail) - 1)
        func detail(_ line: String) -> Substring { line[line.range(of: "│")!.upperBound...] }
        #expect(detail(Renderer.render(down, index).lines[2]) == detail(Renderer.render(s, index).lines[3]))
        #expect(Fixture.press([.character("G"), .character("g")], from: down, index: index).scroll[.detail] == 0)
        // Choosing another record starts its detail at the top.
        #expect(Fixture.press([.character("1"), .character("j")], from: down, index: index).scroll[.detail] == 0)
    }

    @Test func backspaceOnAnEmptySearchLeavesIt() {
        let s = Fixture.press(
            [.character("/"), .character("a"), .backspace, .backspace], from: Bundled.state(80, 24), index: index)
        #expect(s.mode == .browse && s.chips.isEmpty)
    }

    @Test func readmeSectionsAreTheDocsTablesAtAnotherLevel() {
        let sections = KeyMap.standard.markdownSections(level: 3)
        #expect(sections.contains("\n### Browsing\n"))
        #expect(KeyMap.standard.markdownTable().hasSuffix(KeyMap.standard.markdownSections(level: 2)))
    }
}
