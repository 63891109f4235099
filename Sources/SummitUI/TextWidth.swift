/// Terminal column widths, computed without the C library so rendering is pure and testable under any
/// locale. Matches glibc's wcwidth for what summit displays: East Asian Wide/Fullwidth and emoji take two
/// columns; ambiguous-width characters (curly quotes, em dashes) take one, as in a UTF-8 locale; combining
/// marks and zero-width format characters take none.
public enum TextWidth {
    /// Columns a grapheme cluster occupies (0, 1 or 2). Control characters count 1: callers sanitize first.
    public static func of(_ character: Character) -> Int {
        guard let first = character.unicodeScalars.first else { return 0 }
        if isZeroWidth(first) { return character.unicodeScalars.count == 1 ? 0 : 1 }
        if isWide(first) { return 2 }
        // An emoji presentation selector (U+FE0F) widens a text-default emoji.
        if character.unicodeScalars.count > 1, character.unicodeScalars.contains(where: { $0.value == 0xFE0F }),
           first.properties.isEmoji { return 2 }
        return 1
    }

    /// Columns a string occupies.
    public static func of(_ text: String) -> Int { text.reduce(0) { $0 + of($1) } }

    static func isZeroWidth(_ s: Unicode.Scalar) -> Bool {
        switch s.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return s.value != 0x00AD
        default: return s.value == 0x200B || (0x1160...0x11FF).contains(s.value)
        }
    }

    static func isWide(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if s.properties.isEmojiPresentation { return true }
        switch v {
        case 0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3,
             0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// The longest prefix of `text` that fits in `width` columns, with "…" when cut.
    /// Never cuts inside a character; a wide character that would straddle the edge is left out.
    public static func truncate(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var out = ""
        var used = 0
        for ch in text {
            let w = of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }

    /// Pads with spaces (or truncates) to exactly `width` columns.
    public static func fit(_ text: String, to width: Int) -> String {
        let cut = truncate(text, to: width)
        let w = of(cut)
        return w >= width ? cut : cut + String(repeating: " ", count: width - w)
    }

    /// Word-wraps one paragraph to `width` columns. Words longer than the width are broken between characters.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        var current = ""
        var currentWidth = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var word = String(word)
            var wordWidth = of(word)
            if currentWidth > 0 && currentWidth + 1 + wordWidth <= width {
                current += " " + word
                currentWidth += 1 + wordWidth
                continue
            }
            if currentWidth > 0 { lines.append(current); current = ""; currentWidth = 0 }
            while wordWidth > width {
                var head = ""
                var headWidth = 0
                var rest = Substring(word)
                while let ch = rest.first, headWidth + of(ch) <= width {
                    head.append(ch); headWidth += of(ch); rest = rest.dropFirst()
                }
                if head.isEmpty { head = String(rest.prefix(1)); rest = rest.dropFirst() }  // width 1 and a wide char
                lines.append(head)
                word = String(rest)
                wordWidth = of(word)
            }
            current = word
            currentWidth = wordWidth
        }
        if currentWidth > 0 || lines.isEmpty { lines.append(current) }
        return lines
    }
}
