import SummitModel
import Testing

@testable import SummitUI

@Suite struct TextTests {
    @Test func controlCharactersAreShownNotActedOn() {
        #expect(SafeText.line("a\u{1B}[31mb") == "a␛[31mb")
        #expect(SafeText.line("bell\u{07}") == "bell␇")
        #expect(SafeText.line("x\u{9B}y") == "x⟨U+009B⟩y")
        #expect(SafeText.line("\u{202E}evil") == "⟨U+202E⟩evil")
        #expect(SafeText.line("del\u{7F}") == "del␡")
        #expect(SafeText.line("tab\there") == "tab␉here")
    }

    @Test func datasetTextIsSanitizedOnItsWayIntoTheGrid() {
        var grid = CellGrid(size: Size(width: 30, height: 1))
        grid.write("x\u{1B}]0;pwned\u{07}y", x: 0, y: 0, width: 30)
        #expect(grid.text == "x␛]0;pwned␇y")
        #expect(!grid.cells.contains { $0.character.unicodeScalars.contains(where: SafeText.isUnsafe) })
    }

    @Test func widths() {
        #expect(TextWidth.of("RTÉ") == 3)
        #expect(TextWidth.of("Türkiye") == 7)
        #expect(TextWidth.of("“quote” — dash") == 14)
        #expect(TextWidth.of("日本") == 4)
        #expect(TextWidth.of("e\u{301}") == 1)
        #expect(TextWidth.of("🇺🇦") == 2)
        #expect(TextWidth.of("👍") == 2)
    }

    @Test func truncateNeverSplitsACharacter() {
        #expect(TextWidth.truncate("日本語テキスト", to: 6) == "日本…")
        #expect(TextWidth.truncate("e\u{301}e\u{301}e\u{301}", to: 2) == "e\u{301}…")
        #expect(TextWidth.truncate("short", to: 10) == "short")
        for w in 0...10 { #expect(TextWidth.of(TextWidth.truncate("日本語 and Türkiye", to: w)) <= w) }
    }

    @Test func wideCharactersTakeAContinuationCell() {
        var grid = CellGrid(size: Size(width: 5, height: 1))
        grid.write("日本語", x: 0, y: 0, width: 5)
        #expect(grid[0, 0].character == "日" && grid[1, 0].isContinuation)
        #expect(grid[2, 0].character == "本" && grid[3, 0].isContinuation)
        #expect(grid[4, 0].character == "…")
        #expect(grid.lines == ["日本…"])
    }

    @Test func styledWrapBreaksAtSpacesAndKeepsCharacters() {
        let lines = Styled.wrap(Styled.chars("Türkiye’s naval help 日本語", .normal), to: 8)
        let texts = lines.map { String($0.map(\.character)) }
        // "Türkiye’s" is 9 columns: longer than a line, so it is the one word broken between characters.
        #expect(texts == ["Türkiye’", "s naval", "help", "日本語"])
        for line in lines { #expect(TextWidth.of(String(line.map(\.character))) <= 8) }
    }

    @Test func matchHighlightFollowsTheIndex() {
        let chars = Styled.chars("Türkiye and Turkey", .normal, highlight: ["turk"])
        let matched = String(chars.filter { $0.style == .match }.map(\.character))
        #expect(matched == "TürkTurk")
    }
}
