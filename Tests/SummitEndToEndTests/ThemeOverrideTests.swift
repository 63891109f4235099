import SummitUI
import Testing

@testable import SummitTerminal

/// A config file's `[colors]` laid over a theme: what it sets changes, the rest stays the theme's, and
/// monochrome (NO_COLOR, --no-color) keeps no colour whatever the file says.
@Suite struct ThemeOverrideTests {
    let overrides: [Style: StyleOverride] = [
        .match: StyleOverride(background: ColourChoice([.indexed(221), .basic(3)]), underline: true),
        .selected: StyleOverride(bold: false),
    ]

    @Test func anOverrideChangesOnlyWhatItSets() {
        let match = Look.of(.match, theme: .standard, overrides: overrides)
        let standard = Look.of(.match, theme: .standard)
        #expect(match.background == ColourChoice([.indexed(221), .basic(3)]))
        #expect(match.foreground == standard.foreground && match.bold == standard.bold)
        #expect(match.underline && !standard.underline)
        #expect(!Look.of(.selected, theme: .standard, overrides: overrides).bold)
        #expect(Look.of(.title, theme: .standard, overrides: overrides) == Look.of(.title, theme: .standard))
    }

    @Test func monochromeKeepsAttributesButNoColour() {
        let match = Look.of(.match, theme: .monochrome, overrides: overrides)
        #expect(match.foreground == nil && match.background == nil)
        #expect(match.underline)
    }
}
