import SummitModel
import Testing

/// `TextWidth.lineRanges` is the one word-wrapper; `TextWidth.wrap` is it over a paragraph with runs of spaces as one.
@Suite struct TextWidthWrapTests {
    static let paragraph = "Türkiye’s naval help, “concrete commitments” and 日本語 text for a 35-nation coalition"

    @Test(arguments: 1...40)
    func linesFitAndKeepEveryWordInOrder(width: Int) {
        let lines = TextWidth.wrap(Self.paragraph, to: width)
        for line in lines {
            // Only a character wider than the whole line may overflow it, alone on its line.
            #expect(TextWidth.of(line) <= width || line.count == 1, "\(line) at \(width)")
            #expect(!line.hasPrefix(" ") && !line.hasSuffix(" "), "\(line) at \(width)")
        }
        // Words are only ever broken, never lost or reordered: the characters are the paragraph's, less the spaces.
        #expect(lines.joined().filter { $0 != " " } == Self.paragraph.filter { $0 != " " })
    }

    @Test func breaksAtSpacesAndInsideAWordOnlyWhenItIsLongerThanALine() {
        #expect(TextWidth.wrap("Türkiye’s naval help 日本語", to: 8) == ["Türkiye’", "s naval", "help", "日本語"])
        #expect(TextWidth.wrap("aa bbbbbbb c", to: 5) == ["aa", "bbbbb", "bb c"])
        #expect(TextWidth.wrap("a 日", to: 1) == ["a", "日"])
    }

    @Test func runsOfSpacesCountAsOneAndTheEndsAreTrimmed() {
        #expect(TextWidth.wrap("  a   b  ", to: 10) == ["a b"])
        #expect(TextWidth.wrap("   ", to: 10) == [""])
        #expect(TextWidth.wrap("", to: 10) == [""])
        #expect(TextWidth.wrap("a b", to: 0) == [])
    }

    @Test func aWordOfZeroWidthCharactersIsKept() {
        // The plain-output wrapper once dropped such a word at the start of a line.
        #expect(TextWidth.wrap("\u{200B} a", to: 10) == ["\u{200B} a"])
        #expect(TextWidth.wrap("aaaaa \u{200B}", to: 5) == ["aaaaa", "\u{200B}"])
    }

    @Test func rangesLeaveOutOnlyTheSpaceEachLineBreaksAt() {
        let characters = Array("ab cd  ef")
        let ranges = TextWidth.lineRanges(characters, to: 3) { $0 }
        #expect(ranges == [0..<2, 3..<6, 7..<9])  // "cd " keeps the first of two spaces
        #expect(TextWidth.lineRanges([Character](), to: 3) { $0 } == [0..<0])
    }
}
