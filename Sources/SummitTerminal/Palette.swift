import CNcursesw
import SummitUI

/// Every semantic style as ncurses attributes and a colour pair, set up once after `newterm`.
struct Palette {
    let theme: Theme
    private var table: [Style: (attributes: attr_t, pair: Int16)] = [:]

    /// Falls back to monochrome when colour is off or the terminal has none. `overrides` are the config file's
    /// colours and attributes per style; colours resolve for the terminal's own colour count (8, 16, 256 or direct).
    init(theme requested: Theme, colour: Bool, overrides: [Style: StyleOverride] = [:]) {
        let usesColour = colour && requested != .monochrome && has_colors()
        theme = usesColour ? requested : .monochrome
        var pairs: [Int: [Int: Int16]] = [:]
        var defaultsWork = false
        if usesColour {
            start_color()
            // The terminal's own background (and foreground) stay; without that support, white on black.
            defaultsWork = use_default_colors() == OK
        }
        let colours = Int(summit_colors())
        var nextPair: Int16 = 1
        for style in Style.allCases {
            let look = Look.of(style, theme: theme, overrides: overrides)
            var pair: Int16 = 0
            if usesColour, look.foreground != nil || look.background != nil {
                let fg = Self.number(look.foreground, colours: colours, default: defaultsWork ? -1 : Int(COLOR_WHITE))
                let bg = Self.number(look.background, colours: colours, default: defaultsWork ? -1 : Int(COLOR_BLACK))
                if let known = pairs[fg]?[bg] {
                    pair = known
                } else if Int32(nextPair) < summit_color_pairs() {
                    // The extended call takes colour numbers past 32767: RGB values on direct-colour terminals.
                    init_extended_pair(Int32(nextPair), Int32(fg), Int32(bg))
                    pairs[fg, default: [:]][bg] = nextPair
                    pair = nextPair
                    nextPair += 1
                }
            }
            table[style] = (Self.attributes(of: look), pair)
        }
    }

    func attributes(of style: Style) -> (attributes: attr_t, pair: Int16) {
        table[style] ?? (summit_A_NORMAL(), 0)
    }

    private static func attributes(of look: Look) -> attr_t {
        var value = summit_A_NORMAL()
        if look.bold { value |= summit_A_BOLD() }
        if look.reverse { value |= summit_A_REVERSE() }
        if look.underline { value |= summit_A_UNDERLINE() }
        if look.dim { value |= summit_A_DIM() }
        return value
    }

    /// -1 (the terminal's default) is kept only where `use_default_colors` worked.
    private static func number(_ colour: ColourChoice?, colours: Int, default fallback: Int) -> Int {
        guard let colour else { return fallback }
        let n = colour.number(colours: colours)
        return n < 0 ? fallback : n
    }
}
