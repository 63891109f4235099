import SummitModel
import Testing

@testable import SummitUI

/// Links in Detail, the trail, `:goto`, the reference, and copying (issue 8).
@Suite struct LinksAndCopyTests {
    let index = Bundled.index

    func press(_ script: String, _ from: ExplorerState? = nil) throws -> ExplorerState {
        Fixture.press(try KeyScript.parse(script), from: from ?? Bundled.state(80, 24), index: index)
    }

    func ref(_ kind: RecordKind, _ id: String) -> RecordRef { RecordRef(kind: kind, id: id) }

    @Test func gotoOpensAnyRecordByIdAndShowsItsReference() throws {
        let s = try press(":goto event-oreshnik-strike<Enter>")
        #expect(s.subject(index) == ref(.event, "event-oreshnik-strike") && s.focus == .detail)
        let screen = Renderer.render(s, index).text
        #expect(screen.contains(index.reference(ref(.event, "event-oreshnik-strike"))))
        #expect(index.reference(ref(.actor, "poland")).hasPrefix("[poland ¶"))
        // Case does not matter, as with `summit source --record`.
        #expect(try press(":goto EVENT-ORESHNIK-STRIKE<Enter>").subject(index) == ref(.event, "event-oreshnik-strike"))
        let wrong = try press(":goto quote-bura<Enter>")
        #expect(wrong.message?.isError == true && wrong.message?.text.contains("quote-buras-1") == true)
    }

    @Test func gotoCompletesIds() {
        let (draft, candidates) = ExplorerCommandLine.complete("goto event-o", index)
        #expect(draft == "goto event-oreshnik-strike" && candidates.isEmpty)
        let several = ExplorerCommandLine.complete("goto quote-b", index)
        #expect(several.draft == "goto quote-buras-" && several.candidates.count == 4)
    }

    @Test func enterFollowsTheSelectedLinkAndTheTrailGoesBackAndForward() throws {
        // Pillar 1 in Detail; ↓ selects its first linked record, Enter opens it.
        var s = try press("4j")
        let detail = try #require(s.currentDetail(Layout(size: s.size, focus: s.focus), index))
        let link = try #require(detail.link(0)).ref
        s = try press("<Enter>", s)
        #expect(s.subject(index) == link)
        #expect(s.trail.entries == [ref(.pillar, "pillar-1"), link])
        // The trail is visible in Detail's title.
        #expect(Renderer.render(s, index).lines[1].contains("Pillar 1 ›"))
        let back = try press("[", s)
        #expect(back.subject(index) == ref(.pillar, "pillar-1"))
        #expect(try press("]", back).subject(index) == link)
        #expect(try press("<C-o>", s).subject(index) == ref(.pillar, "pillar-1"))
        // Moving in the list gives Detail back to the list's selection.
        #expect(try press("<Esc>j", s).subject(index) == ref(.pillar, "pillar-2"))
    }

    @Test func aClickOnALinkOpensIt() throws {
        let s = Bundled.state(80, 24)
        let layout = Layout(size: s.size, focus: .detail)
        let detail = try #require(s.currentDetail(layout, index))
        let link = try #require(detail.link(0))
        let rect = try #require(layout.panes[.detail])
        let clicked = Reducer.reduce(
            s, .mouse(MouseEvent(action: .press, x: rect.x + 3, y: rect.y + 1 + link.line)), index
        ).state
        #expect(clicked.subject(index) == link.ref)
    }

    @Test func longListsShowWhereTheyAre() throws {
        let s = try press("2jjj")
        let lines = Renderer.render(s, index).lines
        #expect(lines.contains { $0.contains("Positions 15") && $0.contains(" 4/15 ") })
        #expect(lines[1].contains("1–21/"))
    }

    @Test func oscFiftyTwoBytesPlainAndWrappedForTmux() {
        #expect(Clipboard(insideTmux: false).sequence(for: "hi") == Array("\u{1B}]52;c;aGk=\u{07}".utf8))
        #expect(
            Clipboard(insideTmux: true).sequence(for: "hi")
                == Array("\u{1B}Ptmux;\u{1B}\u{1B}]52;c;aGk=\u{07}\u{1B}\\".utf8))
        // Copied text follows the safety rules: no control character, no formula.
        #expect(Clipboard.safe("a\u{1B}[31mb\u{9B}") == "a␛[31mb⟨U+009B⟩")
        #expect(Clipboard.safe("=HYPERLINK(1)\n-2") == "'=HYPERLINK(1)\n'-2")
    }

    @Test func yCopiesTheRecordAndSaysHowManyCharacters() throws {
        let s = try press(":goto quote-buras-1<Enter>")
        let t = Reducer.reduce(s, .copyRecord, index)
        let text = CopiedText.record(ref(.quote, "quote-buras-1"), index)
        #expect(text.hasPrefix("“The declaration and the summit") && text.contains("Piotr Buras"))
        #expect(text.hasSuffix(index.reference(ref(.quote, "quote-buras-1"))))
        #expect(t.effect == .send(Clipboard(insideTmux: false).sequence(for: text)))
        #expect(t.state.message?.text.hasSuffix("(\(text.count) characters)") == true)
        // A narrower line still says what was copied: its reference, with the count.
        let reference = index.reference(ref(.quote, "quote-buras-1"))
        let line = Renderer.render(t.state, index).lines.last ?? ""
        #expect(line.contains(" \(reference) (\(text.count) characters)"), "\(line)")
        let narrow = Reducer.reduce(try press(":goto quote-buras-1<Enter>", Bundled.state(56, 16)), .copyRecord, index)
        let short = Renderer.render(narrow.state, index).lines.last ?? ""
        #expect(short.contains("copied \(reference) (\(text.count) characters)"), "\(short)")
        var off = s
        off.clipboard = nil
        let refused = Reducer.reduce(off, .copyRecord, index)
        #expect(refused.effect == nil && refused.state.message?.text.contains("--no-clipboard") == true)
    }

    @Test func shiftYCopiesTheEquivalentCommand() throws {
        let s = try press(":speaker buras<Enter>:pillar 3<Enter>3")
        #expect(CopiedText.command(.quotes, s.chips, index).line == "summit quotes --speaker buras --pillar 3")
        let t = Reducer.reduce(s, .copyCommand, index)
        #expect(
            t.effect == .send(Clipboard(insideTmux: false).sequence(for: "summit quotes --speaker buras --pillar 3")))
        #expect(CopiedText.command(.quotes, [.text("troops")], index).line == "summit search troops")
        #expect(CopiedText.command(.positions, [.stance(.rulesOut)], index).line == "summit actors --stance rules-out")
        #expect(CopiedText.shellWord("it's") == "'it'\\''s'")
    }

    @Test func aWrongValueListsEveryValidOne() {
        let e = ExplorerCommandLine.parse("pillar 5", index)
        guard case .failure(let error) = e else {
            Issue.record("pillar 5 parsed")
            return
        }
        #expect(error.message.hasSuffix("pillars: 1, 2, 3, 4"))
    }
}

@Suite struct ArticleSearchTests {
    let index = Bundled.index

    @Test func slashInTheSourceViewSearchesTheArticleAndMarksEveryHit() throws {
        var s = Fixture.press(try KeyScript.parse("s/oreshnik"), from: Bundled.state(80, 24), index: index)
        guard case .sourceSearch(let draft, _, let scroll) = s.mode else {
            Issue.record("not searching the article")
            return
        }
        #expect(draft.text == "oreshnik" && scroll > 0)
        let hits = ArticleSearch.hits("oreshnik", index)
        #expect(
            hits.count >= 1
                && hits.allSatisfy { index.sourceText(SourceSpan(start: $0, end: $0 + 8)).lowercased() == "oreshnik" })
        let grid = Renderer.render(s, index)
        #expect(grid.lines.contains { $0.contains("Oreshnik") })
        #expect(grid.cells.contains { $0.style == .match && $0.character == "O" })
        s = Fixture.press([.enter], from: s, index: index)
        #expect(s.mode.kind == .source && s.message?.text.contains("\(hits.count) hit") == true)
        // n keeps to the hits, wrapping round; Esc leaves the source view, and the lists were never filtered.
        let next = Fixture.press([.character("n")], from: s, index: index)
        #expect(next.message?.text.hasPrefix("/oreshnik: hit ") == true)
        #expect(s.chips.isEmpty && s.effectiveChips.isEmpty)
        let cancelled = Fixture.press(try KeyScript.parse("/troops<Esc>"), from: s, index: index)
        #expect(cancelled.mode.kind == .source && cancelled.articleQuery == nil)
    }
}

@Suite struct WrongValueTests {
    @Test func tabOnAWrongValueListsEveryValidOne() {
        #expect(
            ExplorerCommandLine.nothingToComplete("pillar 5", Bundled.index) == "no pillar matches “5” — 1, 2, 3, 4")
    }
}

@Suite struct LinkSelectionTests {
    @Test func aFilterThatChangesTheSubjectDropsTheSelectedLink() throws {
        let index = Bundled.index
        var s = Fixture.press(try KeyScript.parse("4j"), from: Bundled.state(80, 24), index: index)
        let layout = Layout(size: s.size, focus: s.focus)
        #expect(s.currentDetail(layout, index).flatMap { s.selectedLink($0) } != nil)
        // A chip that hides pillars: Detail now shows a quote, and the link selected in Pillar 1's detail is gone.
        s = Fixture.press(try KeyScript.parse(":kind quote<Enter>4"), from: s, index: index)
        #expect(s.subject(index)?.kind == .quote && s.detailLink != nil)
        #expect(s.currentDetail(layout, index).flatMap { s.selectedLink($0) } == nil)
        let subject = s.subject(index)
        #expect(Fixture.press([.enter], from: s, index: index).subject(index) == subject)
    }
}
