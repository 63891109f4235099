import SummitUI

/// How one semantic style looks under a theme, before it becomes an ncurses colour pair.
/// A nil colour is the terminal's own default: text on the default background keeps the default or a
/// bright-enough foreground, and dark text appears only on an explicit light background.
struct Look: Hashable, Sendable {
    typealias Colour = TerminalColour
    var foreground: ColourChoice?
    var background: ColourChoice?
    var bold = false
    var reverse = false
    var underline = false
    var dim = false

    init(
        _ foreground: Colour? = nil, on background: Colour? = nil,
        bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false
    ) {
        self.foreground = foreground.map { ColourChoice([$0]) }
        self.background = background.map { ColourChoice([$0]) }
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    /// Every theme must keep focus, selection and matches distinguishable; monochrome does it with
    /// attributes alone. Stances always carry a word or symbol as well, so colour is never the only cue.
    static func of(_ style: Style, theme: Theme) -> Look {
        switch theme {
        case .standard: standard(style)
        case .highContrast: onOwnBackground(highContrast(style), .white, on: .black)
        case .light: onOwnBackground(light(style), .black, on: .white)
        case .monochrome: monochrome(style)
        }
    }

    /// The theme's look with the user's override (config file `[colours]`) laid over it: only what the override
    /// sets changes. Monochrome keeps no colour, so NO_COLOR and --no-color still win over a config file.
    static func of(_ style: Style, theme: Theme, overrides: [Style: StyleOverride]) -> Look {
        var look = of(style, theme: theme)
        guard let change = overrides[style] else { return look }
        if theme != .monochrome {
            if let fg = change.foreground { look.foreground = fg }
            if let bg = change.background { look.background = bg }
        }
        if let bold = change.bold { look.bold = bold }
        if let underline = change.underline { look.underline = underline }
        if let reverse = change.reverse { look.reverse = reverse }
        if let dim = change.dim { look.dim = dim }
        return look
    }

    /// The room themes paint every cell's background themselves (black, or white for a light room), so text never
    /// depends on the colour the terminal happens to have: a light terminal on a projector stays legible in
    /// high-contrast, a dark one in light (summit never asks the terminal its background, decision 40).
    private static func onOwnBackground(_ look: Look, _ foreground: Colour, on background: Colour) -> Look {
        var look = look
        if look.background == nil {
            look.background = ColourChoice([background])
            if look.foreground == nil || look.foreground == ColourChoice([background]) {
                look.foreground = ColourChoice([foreground])
            }
        }
        return look
    }

    /// For light rooms: dark text on white. No bold on dark text (terminals draw bold black and blue in their bright,
    /// pale variants, measured in xterm) and no yellow or cyan text; emphasis is blue, a background or an underline.
    private static func light(_ style: Style) -> Look {
        switch style {
        case .normal, .stanceNeutral, .border: Look()
        case .slideHeading: Look(.blue)
        case .dim: Look(.blue)
        case .title: Look(.blue, underline: false)
        case .focusedTitle: Look(.white, on: .black, bold: true)
        case .focusedBorder: Look(.blue)
        case .header: Look(.white, on: .blue, bold: true)
        case .chip: Look(.black, on: .green)
        case .status: Look(.white, on: .black)
        case .key: Look(.white, on: .blue, bold: true)
        case .selected: Look(.white, on: .blue, bold: true)
        case .selectedUnfocused: Look(.black, on: .cyan)
        case .match: Look(.black, on: .yellow, underline: true)
        case .sourceHighlight: Look(.black, on: .cyan)
        case .error: Look(.white, on: .red, bold: true)
        case .stancePositive: Look(.black, on: .green)
        case .stanceConditional: Look(.magenta, underline: true)
        case .stanceNegative: Look(.red)
        case .quoteMark: Look(.blue)
        case .chartBar, .progress: Look(.blue)
        case .chartRange: Look(.black)
        }
    }

    private static func standard(_ style: Style) -> Look {
        switch style {
        case .normal: Look()
        case .dim: Look(dim: true)
        case .title: Look(bold: true)
        case .focusedTitle: Look(.black, on: .cyan, bold: true)
        case .border: Look(dim: true)
        case .focusedBorder: Look(.cyan, bold: true)
        case .header: Look(.white, on: .blue, bold: true)
        case .chip: Look(.black, on: .green)
        case .status: Look(.black, on: .white)
        case .key: Look(.blue, on: .white, bold: true)
        case .selected: Look(.white, on: .blue, bold: true)
        case .selectedUnfocused: Look(reverse: true)
        case .match: Look(.black, on: .yellow, bold: true)
        case .sourceHighlight: Look(.black, on: .cyan)
        case .error: Look(.white, on: .red, bold: true)
        case .stancePositive: Look(.green, bold: true)
        case .stanceConditional: Look(.yellow)
        case .stanceNegative: Look(.red, bold: true)
        case .stanceNeutral: Look()
        case .quoteMark: Look(.cyan)
        case .chartBar: Look(.cyan)
        case .chartRange: Look(.cyan, dim: true)
        // The terminal's own colours: legible on whatever background it has.
        case .slideHeading, .progress: Look(bold: true)
        }
    }

    /// For projectors: no dim text, bold throughout, highlights on solid backgrounds.
    private static func highContrast(_ style: Style) -> Look {
        switch style {
        case .normal, .stanceNeutral: Look()
        case .dim, .border: Look()
        case .title: Look(bold: true, underline: true)
        case .focusedTitle: Look(.black, on: .green, bold: true)
        case .focusedBorder: Look(.yellow, bold: true)
        case .header: Look(.black, on: .white, bold: true)
        case .chip: Look(.black, on: .yellow, bold: true)
        case .status: Look(.black, on: .white, bold: true)
        case .key: Look(.white, on: .blue, bold: true)
        case .selected: Look(.black, on: .yellow, bold: true)
        case .selectedUnfocused: Look(bold: true, reverse: true)
        case .match: Look(.black, on: .cyan, bold: true, underline: true)
        case .sourceHighlight: Look(.black, on: .yellow, bold: true)
        case .error: Look(.white, on: .red, bold: true)
        case .stancePositive: Look(.green, bold: true)
        case .stanceConditional: Look(.yellow, bold: true)
        case .stanceNegative: Look(.red, bold: true)
        case .quoteMark: Look(bold: true)
        case .chartBar: Look(bold: true)
        case .chartRange: Look()
        case .slideHeading: Look(.yellow, bold: true)
        case .progress: Look(.yellow, bold: true)
        }
    }

    /// No colour at all: reverse marks focus and selection, bold+underline marks matches.
    private static func monochrome(_ style: Style) -> Look {
        switch style {
        case .normal, .border, .stanceNeutral: Look()
        case .dim: Look(dim: true)
        case .title: Look(bold: true)
        case .focusedTitle: Look(bold: true, reverse: true, underline: true)
        case .focusedBorder: Look(bold: true)
        case .header: Look(bold: true, reverse: true)
        case .chip: Look(bold: true, underline: true)
        case .status: Look(reverse: true)
        case .key: Look(bold: true, reverse: true)
        case .selected: Look(bold: true, reverse: true)
        case .selectedUnfocused: Look(underline: true)
        case .match: Look(bold: true, underline: true)
        case .sourceHighlight: Look(reverse: true)
        case .error: Look(bold: true, reverse: true)
        case .stancePositive: Look(bold: true)
        case .stanceConditional: Look(underline: true)
        case .stanceNegative: Look(bold: true, underline: true)
        case .quoteMark: Look(bold: true)
        case .chartBar: Look()
        case .chartRange: Look(dim: true)
        case .slideHeading: Look(bold: true)
        case .progress: Look(bold: true)
        }
    }
}

extension TerminalColour {
    // The eight ANSI colours by name, so the theme tables read as before.
    static let black = TerminalColour.basic(0), red = TerminalColour.basic(1), green = TerminalColour.basic(2)
    static let yellow = TerminalColour.basic(3), blue = TerminalColour.basic(4), magenta = TerminalColour.basic(5)
    static let cyan = TerminalColour.basic(6), white = TerminalColour.basic(7)
}
