/// Terminal column widths, computed without the C library so rendering is pure and testable under any
/// locale, yet equal to glibc's wcwidth in a UTF-8 locale (TextWidthTable.swift, checked by a test): ncurses
/// places characters by wcwidth, so the grid and the screen agree. Ambiguous-width characters (curly quotes,
/// em dashes) take one column, as wcwidth gives them.
public enum TextWidth {
    /// Columns a grapheme cluster occupies (0, 1 or 2). Control characters count 1: callers sanitize first.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let base = of(first)
        if scalars.count == 1 { return base }
        // A base followed by marks keeps the base's width; an emoji presentation selector (U+FE0F) widens a
        // text-default emoji, as terminals draw it.
        if base == 1, scalars.contains(where: { $0.value == 0xFE0F }), first.properties.isEmoji { return 2 }
        // A pair of regional indicators is a flag, which terminals draw two columns wide.
        if (0x1F1E6...0x1F1FF).contains(first.value), scalars.count == 2 { return 2 }
        return max(base, 1)
    }

    /// Columns one scalar occupies, as wcwidth gives it (control characters: 1, they are sanitized first).
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return 1 }  // fast path: Latin and its punctuation
        if contains(doubleWidthRanges, v) { return 2 }
        if contains(zeroWidthRanges, v) { return 0 }
        return 1
    }

    /// Columns a string occupies.
    public static func of(_ text: String) -> Int { text.reduce(0) { $0 + of($1) } }

    private static func contains(_ ranges: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if v < ranges[mid].lowerBound {
                high = mid - 1
            } else if v > ranges[mid].upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
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

    /// Word-wraps one paragraph to `width` columns. Runs of spaces count as one and the ends are trimmed; words
    /// longer than the width are broken between characters.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        let characters = Array(text.split(separator: " ").joined(separator: " "))
        return lineRanges(characters, to: width) { $0 }.map { String(characters[$0]) }
    }

    /// The one word-wrapper: the lines `items` break into at `width` columns, as index ranges (the space a line
    /// breaks at belongs to neither). Breaks at spaces, inside a word only when it is longer than a line, and
    /// never inside a character; a character wider than the line gets a line of its own. An empty run gives one
    /// empty line, width 0 none. Each item is looked at a bounded number of times: linear in the text.
    @inlinable
    public static func lineRanges<Items: RandomAccessCollection>(
        _ items: Items, to width: Int, character: (Items.Element) -> Character
    ) -> [Range<Int>] where Items.Index == Int {
        guard width > 0 else { return [] }
        let n = items.endIndex
        var start = items.startIndex
        if start == n { return [start..<n] }
        var lines: [Range<Int>] = []
        while start < n {
            var used = 0
            var i = start
            var lastSpace: Int?
            while i < n {
                let ch = character(items[i])
                let w = of(ch)
                if used + w > width { break }
                if ch == " " { lastSpace = i }
                used += w
                i += 1
            }
            if i == n {
                lines.append(start..<n)
                break
            }
            if character(items[i]) == " " {
                lines.append(start..<i)
                start = i + 1
            } else if let b = lastSpace, b > start {
                lines.append(start..<b)
                start = b + 1
            } else {
                let end = max(i, start + 1)  // a character wider than the line still moves forward
                lines.append(start..<end)
                start = end
                // After a character wider than the line, a space is where the line broke, not a line of its own.
                if start < n, character(items[start]) == " " { start += 1 }
            }
        }
        return lines
    }
}
