/// One colour as a user writes it in the config file: a name of the 16 ANSI colours, an index of the 256-colour
/// palette, an RGB value, or the terminal's own default.
public enum TerminalColour: Hashable, Sendable {
    case terminalDefault
    /// 0–7 black, red, green, yellow, blue, magenta, cyan, white; 8–15 their bright forms.
    case basic(Int)
    /// 0–255, the xterm palette.
    case indexed(Int)
    case rgb(red: Int, green: Int, blue: Int)

    /// The ANSI names, in palette order; bright forms are `bright-` + name.
    public static let basicNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// The colour as the config file spells it.
    public var spelling: String {
        switch self {
        case .terminalDefault: "default"
        case .basic(let n): (n >= 8 ? "bright-" : "") + Self.basicNames[n % 8]
        case .indexed(let n): String(n)
        case .rgb(let r, let g, let b): "#" + [r, g, b].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }

    /// Reads "red", "bright-blue", "default", "#ff8700" or "208"; nil for anything else.
    public init?(spelling: String) {
        let text = spelling.lowercased()
        if text == "default" {
            self = .terminalDefault
            return
        }
        if let n = Self.basicNames.firstIndex(of: text) {
            self = .basic(n)
            return
        }
        if text.hasPrefix("bright-"), let n = Self.basicNames.firstIndex(of: String(text.dropFirst(7))) {
            self = .basic(n + 8)
            return
        }
        if text.hasPrefix("#"), text.count == 7, let value = Int(text.dropFirst(), radix: 16) {
            self = .rgb(red: value >> 16, green: (value >> 8) & 255, blue: value & 255)
            return
        }
        if let n = Int(text), (0...255).contains(n) {
            self = .indexed(n)
            return
        }
        return nil
    }

    /// The ncurses colour number for a terminal with `colours` colours (`tigetnum("colors")`), or -1 for the
    /// terminal's default. Direct-colour terminals (2^24 colours, e.g. TERM=xterm-direct) take RGB as is, where
    /// numbers below 8 are the ANSI colours; 256-colour ones the nearest palette entry; 8 and 16 the nearest ANSI one.
    public func number(colours: Int) -> Int {
        switch self {
        case .terminalDefault: return -1
        case .basic(let n) where n < 8 || colours >= 16: return n
        case .basic(let n): return n - 8
        case .indexed(let n) where n < colours && colours <= 256: return n
        case .indexed(let n) where colours > 256 && n < 8: return n
        case .indexed(let n) where colours > 256: return Self.packed(Self.palette[n])
        case .indexed(let n): return Self.nearest(Self.palette[n], among: min(colours, 16))
        case .rgb(let r, let g, let b):
            if colours >= 1 << 24 { return max(8, Self.packed((r, g, b))) }
            return Self.nearest((r, g, b), among: min(colours, 256))
        }
    }

    /// Whether the terminal shows this colour exactly, not an approximation.
    public func isExact(colours: Int) -> Bool {
        switch self {
        case .terminalDefault: true
        case .basic(let n): n < min(colours, 16)
        case .indexed(let n): n < colours
        case .rgb: colours >= 1 << 24
        }
    }

    private static func packed(_ c: (Int, Int, Int)) -> Int { c.0 << 16 | c.1 << 8 | c.2 }

    /// The index among the first `count` palette entries closest to `c` (squared RGB distance).
    private static func nearest(_ c: (Int, Int, Int), among count: Int) -> Int {
        var best = 0
        var bestDistance = Int.max
        for i in 0..<max(1, min(count, 256)) {
            let p = palette[i]
            let d = (p.0 - c.0) * (p.0 - c.0) + (p.1 - c.1) * (p.1 - c.1) + (p.2 - c.2) * (p.2 - c.2)
            if d < bestDistance {
                best = i
                bestDistance = d
            }
        }
        return best
    }

    /// xterm's default 256-colour palette: 16 ANSI colours, a 6×6×6 cube, 24 greys.
    static let palette: [(Int, Int, Int)] = {
        var p: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
            (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
            (255, 255, 255),
        ]
        let levels = [0, 95, 135, 175, 215, 255]
        for r in levels { for g in levels { for b in levels { p.append((r, g, b)) } } }
        for i in 0..<24 {
            let v = 8 + 10 * i
            p.append((v, v, v))
        }
        return p
    }()
}

/// A colour with fallbacks, richest first, e.g. `["#ff8700", 208, "yellow"]`: a terminal takes the first it shows
/// exactly, else the nearest it has to the first.
public struct ColourChoice: Hashable, Sendable {
    public var alternatives: [TerminalColour]
    public init(_ alternatives: [TerminalColour]) { self.alternatives = alternatives }

    public func number(colours: Int) -> Int {
        let pick = alternatives.first { $0.isExact(colours: colours) } ?? alternatives.first ?? .terminalDefault
        return pick.number(colours: colours)
    }

    public var spelling: String {
        alternatives.count == 1
            ? "\"\(alternatives[0].spelling)\""
            : "[" + alternatives.map { "\"\($0.spelling)\"" }.joined(separator: ", ") + "]"
    }
}

/// A user's change to one semantic style: only what is set replaces the theme's look.
public struct StyleOverride: Hashable, Sendable {
    public var foreground: ColourChoice?
    public var background: ColourChoice?
    public var bold: Bool?
    public var underline: Bool?
    public var reverse: Bool?
    public var dim: Bool?
    public init(
        foreground: ColourChoice? = nil, background: ColourChoice? = nil, bold: Bool? = nil,
        underline: Bool? = nil, reverse: Bool? = nil, dim: Bool? = nil
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.underline = underline
        self.reverse = reverse
        self.dim = dim
    }
}

extension Style {
    /// The config-file name of a style: kebab-case (`focused-title`, `stance-positive`).
    public var configName: String {
        var out = ""
        for ch in rawValue {
            if ch.isUppercase { out += "-" + ch.lowercased() } else { out.append(ch) }
        }
        return out
    }

    public init?(configName: String) {
        guard let style = Style.allCases.first(where: { $0.configName == configName }) else { return nil }
        self = style
    }
}
