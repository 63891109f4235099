import Testing

@testable import SummitUI

/// Config colours resolve to what each kind of terminal can show: the first alternative it shows exactly, else
/// the nearest it has to the first.
@Suite struct TerminalColourTests {
    static let direct = 1 << 24

    @Test func spellingsReadAndWriteBack() {
        for text in ["red", "bright-blue", "default", "#ff8700", "208"] {
            #expect(TerminalColour(spelling: text)?.spelling == text)
        }
        #expect(TerminalColour(spelling: "Red") == .basic(1))
        for bad in ["orange", "#ff87", "256", "-1", "bright-", "#gggggg", ""] {
            #expect(TerminalColour(spelling: bad) == nil, "\(bad)")
        }
    }

    @Test func eachTerminalGetsANumberItHas() {
        let orange = TerminalColour.rgb(red: 255, green: 135, blue: 0)
        #expect(orange.number(colours: Self.direct) == 0xFF8700)
        #expect(orange.number(colours: 256) == 208)
        #expect(orange.number(colours: 16) == 3, "nearest of the 16 is yellow (205, 205, 0)")
        #expect(orange.number(colours: 8) == 3)
        #expect(TerminalColour.basic(12).number(colours: 8) == 4, "bright blue falls back to blue")
        #expect(TerminalColour.indexed(196).number(colours: 16) == 9)
        #expect(TerminalColour.indexed(196).number(colours: Self.direct) == 0xFF0000)
        #expect(TerminalColour.indexed(3).number(colours: Self.direct) == 3, "ANSI numbers stay palette colours")
        #expect(TerminalColour.terminalDefault.number(colours: 256) == -1)
        #expect(
            TerminalColour.rgb(red: 0, green: 0, blue: 1).number(colours: Self.direct) >= 8,
            "never read as an ANSI index")
    }

    @Test func theFirstExactAlternativeWins() {
        let choice = ColourChoice([.rgb(red: 255, green: 135, blue: 0), .indexed(202), .basic(3)])
        #expect(choice.number(colours: Self.direct) == 0xFF8700)
        #expect(choice.number(colours: 256) == 202, "the given index, not the nearest to the RGB value")
        #expect(choice.number(colours: 16) == 3 && choice.number(colours: 8) == 3)
        #expect(choice.spelling == "[\"#ff8700\", \"202\", \"yellow\"]")
    }

    @Test func stylesHaveKebabCaseConfigNames() {
        #expect(Style.focusedTitle.configName == "focused-title")
        #expect(Style(configName: "stance-negative") == .stanceNegative)
        #expect(Style(configName: "stanceNegative") == nil)
        #expect(Set(Style.allCases.map(\.configName)).count == Style.allCases.count)
    }
}
