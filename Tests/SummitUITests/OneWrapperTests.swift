import SummitModel
import Testing

@testable import SummitUI

/// The explorer's styled wrap and the command line's plain wrap are one wrapper (TextWidth.lineRanges): on
/// single-spaced text they break every paragraph of the article at the same places.
@Suite struct OneWrapperTests {
    @Test(arguments: [1, 2, 7, 20, 33, 58, 80, 131])
    func styledAndPlainWrapBreakTheArticleAlike(width: Int) {
        for paragraph in Bundled.index.dataset.source.text.split(separator: "\n") {
            let text = paragraph.split(separator: " ").joined(separator: " ")
            let styled = Styled.wrap(Styled.chars(text, .normal), to: width).map { String($0.map(\.character)) }
            #expect(styled == TextWidth.wrap(text, to: width), "width \(width): \(text.prefix(40))")
        }
    }

    @Test func wideCharactersNarrowLinesAndLongWordsBreakAlike() {
        let texts = ["Türkiye’s naval help 日本語 text", "日本 語 a", "coalition-of-the-willing 🇺🇦 e\u{301}té"]
        for text in texts {
            for width in 1...14 {
                let styled = Styled.wrap(Styled.chars(text, .normal), to: width).map { String($0.map(\.character)) }
                #expect(styled == TextWidth.wrap(text, to: width), "width \(width): \(text)")
            }
        }
    }
}
