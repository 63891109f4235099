import CNcursesw
import SummitUI

/// Every semantic style as ncurses attributes and a colour pair, set up once after `newterm`.
struct Palette {
    let theme: Theme
    private var table: [Style: (attributes: attr_t, pair: Int16)] = [:]

    /// Falls back to monochrome when colour is off or the terminal has none.
    init(theme requested: Theme, colour: Bool) {
        let usesColour = colour && requested != .monochrome && has_colors()
        theme = usesColour ? requested : .monochrome
        var pairs: [Look.Colour?: [Look.Colour?: Int16]] = [:]
        var defaultsWork = false
        if usesColour {
            start_color()
            // The terminal's own background (and foreground) stay; without that support, white on black.
            defaultsWork = use_default_colors() == OK
        }
        var nextPair: Int16 = 1
        for style in Style.allCases {
            let look = Look.of(style, theme: theme)
            var pair: Int16 = 0
            if usesColour, look.foreground != nil || look.background != nil {
                if let known = pairs[look.foreground]?[look.background] {
                    pair = known
                } else if Int32(nextPair) < summit_color_pairs() {
                    let fg = Self.number(look.foreground, default: defaultsWork ? -1 : Int16(COLOR_WHITE))
                    let bg = Self.number(look.background, default: defaultsWork ? -1 : Int16(COLOR_BLACK))
                    init_pair(nextPair, fg, bg)
                    pairs[look.foreground, default: [:]][look.background] = nextPair
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

    private static func number(_ colour: Look.Colour?, default fallback: Int16) -> Int16 {
        guard let colour else { return fallback }
        let value: Int32 = switch colour {
        case .black: COLOR_BLACK
        case .red: COLOR_RED
        case .green: COLOR_GREEN
        case .yellow: COLOR_YELLOW
        case .blue: COLOR_BLUE
        case .magenta: COLOR_MAGENTA
        case .cyan: COLOR_CYAN
        case .white: COLOR_WHITE
        }
        return Int16(value)
    }
}
