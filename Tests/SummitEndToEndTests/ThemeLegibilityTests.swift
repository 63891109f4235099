import Testing

@testable import SummitTerminal
@testable import SummitUI

/// The room themes paint their own background, so what a slide shows reads the same on a light or a dark terminal.
@Suite struct ThemeLegibilityTests {
    @Test(
        "high-contrast and light give every style an explicit background and a different foreground",
        arguments: [Theme.highContrast, .light])
    func roomThemesOwnTheBackground(theme: Theme) {
        for style in Style.allCases {
            let look = Look.of(style, theme: theme)
            #expect(look.background != nil, "\(style) in \(theme)")
            #expect(look.foreground != nil && look.foreground != look.background, "\(style) in \(theme)")
            #expect(!look.dim, "\(style) in \(theme): dim text washes out on a projector")
        }
    }

    @Test("Light never puts yellow, cyan or bold dark text on its white background")
    func lightAvoidsPaleText() {
        for style in Style.allCases {
            let look = Look.of(style, theme: .light)
            let foreground = look.foreground?.alternatives.first
            if look.background?.alternatives.first == .white {
                #expect(foreground != .yellow && foreground != .cyan, "\(style)")
            }
            // Bold turns black and blue into their pale bright variants in xterm.
            if look.bold, let foreground { #expect(![Look.Colour.black, .blue].contains(foreground), "\(style)") }
        }
    }

    @Test(
        "Every style a slide uses has a look in every theme that differs from plain text where it must",
        arguments: Theme.allCases)
    func slideStylesStandOut(theme: Theme) {
        let plain = Look.of(.normal, theme: theme)
        // (A chart bar is its block glyphs; it needs no look of its own.)
        for style in [Style.slideHeading, .progress] {
            #expect(Look.of(style, theme: theme) != plain, "\(style) in \(theme)")
        }
    }
}
