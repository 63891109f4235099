import SummitModel
import Testing

@testable import SummitUI

/// The source view keeps the article wrapped per width; the kept lines must be what wrapping afresh gives.
@Suite struct SourceViewTests {
    /// The article wrapped the direct way: each paragraph's characters through `Styled.wrap`.
    func wrappedDirectly(_ index: DatasetIndex, width: Int) -> [String] {
        index.dataset.source.text.split(separator: "\n", omittingEmptySubsequences: false).flatMap { paragraph in
            Styled.wrap(Styled.chars(String(paragraph), .normal), to: max(1, width - 2)).map {
                String($0.map(\.character))
            }
        }
    }

    func text(_ wrapped: WrappedSource) -> [String] {
        wrapped.lines.indices.map { String(wrapped.styled($0, highlight: nil).map(\.character)) }
    }

    @Test(arguments: [3, 12, 40, 80, 300])
    func keptLinesAreTheArticleWrapped(width: Int) {
        for index in [Bundled.index, Fixture.index] {
            #expect(text(WrappedSource(index, width: width)) == wrappedDirectly(index, width: width), "width \(width)")
        }
    }

    @Test func aBreakInsideOneCharactersPicturesKeepsEachCharacterOnce() {
        // "\r\n" is one Character shown as two pictures (␍␊): at 3 columns a line holds one cell, so the
        // pictures cannot share a line; the character moves whole and no offset shows twice.
        let text = "ab\u{1B}\r\ncd efgh"
        let index = DatasetIndex(
            Dataset(
                title: "t",
                source: Source(title: "t", standfirst: nil, author: "a", outlet: "o", credit: nil, text: text)))
        for width in 3...8 {
            let wrapped = WrappedSource(index, width: width)
            // The line each character's pictures are on: one line per character.
            var lineOf: [Int: Set<Int>] = [:]
            for i in wrapped.lines.indices {
                for c in wrapped.styled(i, highlight: nil) { lineOf[c.offset, default: []].insert(i) }
            }
            #expect(lineOf.values.allSatisfy { $0.count == 1 }, "width \(width)")
            var offset = 0
            for ch in text {
                if ch != " " && ch != "\n" {
                    #expect(lineOf[offset] != nil, "width \(width): \(ch.debugDescription) missing")
                }
                offset += ch.unicodeScalars.count
            }
        }
    }

    @Test(arguments: [12, 40, 80])
    func lineOfASpanIsTheFirstLineShowingIt(width: Int) {
        let index = Bundled.index
        let wrapped = WrappedSource(index, width: width)
        let direct = index.dataset.source.text.split(separator: "\n", omittingEmptySubsequences: false).reduce(
            into: (lines: [[StyledChar]](), offset: 0)
        ) { acc, p in
            acc.lines += Styled.wrap(Styled.chars(String(p), .normal, offset: acc.offset), to: max(1, width - 2))
            acc.offset += p.unicodeScalars.count + 1
        }.lines
        for ref in index.allRefs {
            guard let span = index.span(of: ref) else { continue }
            let expected = direct.firstIndex { $0.contains { $0.offset >= span.start } } ?? 0
            #expect(wrapped.line(of: span) == expected, "\(ref.id)")
        }
    }

    @Test func theSourceViewKeepsTheArticleWrappedAtItsWidth() throws {
        let index = Bundled.index
        var s = Bundled.state(100, 30)
        #expect(s.derived.source == nil, "browsing does not wrap the article")
        for key in try KeyScript.parse("2s") {
            s = Reducer.reduce(s, KeyMap.standard.command(for: key, in: s.mode.kind), index).state
        }
        #expect(s.derived.source?.width == Layout(size: s.size, focus: s.focus).body.width)
        guard case .source(_, let top) = s.mode else {
            Issue.record("not in the source view")
            return
        }
        for key in try KeyScript.parse("jj<PgDn>") {
            s = Reducer.reduce(s, KeyMap.standard.command(for: key, in: s.mode.kind), index).state
        }
        guard case .source(_, let moved) = s.mode else {
            Issue.record("left the source view")
            return
        }
        #expect(moved > top)
        s = Reducer.reduce(s, .resize(Size(width: 60, height: 20)), index).state
        #expect(s.derived.source?.width == 60)
        var fresh = s
        fresh.derived = DerivedViews()
        #expect(Renderer.render(s, index).text == Renderer.render(fresh, index).text)
    }

    /// Help opened from the source view closes back to the article where it was (both with Esc and with ?).
    @Test(arguments: [Key.escape, Key.character("?")])
    func helpFromTheSourceViewReturnsToIt(close: Key) {
        let start = ExplorerState(size: Size(width: 80, height: 24))
        let reading = Fixture.press(
            [.character("2"), .character("s"), .character("j"), .character("j")], from: start, index: Fixture.index)
        guard case .source(let subject, let scroll) = reading.mode else {
            Issue.record("s did not open the source view")
            return
        }
        let inHelp = Fixture.press([.character("?")], from: reading, index: Fixture.index)
        #expect(inHelp.mode.kind == .help)
        let back = Fixture.press([close], from: inHelp, index: Fixture.index)
        #expect(back.mode == .source(subject: subject, scroll: scroll))
        // From browsing, help still closes to browsing.
        let browsing = Fixture.press([.character("?"), close], from: start, index: Fixture.index)
        #expect(browsing.mode == .browse)
    }
}
