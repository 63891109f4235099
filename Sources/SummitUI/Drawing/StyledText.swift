import FoundationEssentials
import SummitModel

/// One character on its way into the grid: already made safe, with its style and (for the source view)
/// the Unicode-scalar offset in the article it came from.
public struct StyledChar: Hashable, Sendable {
    public var character: Character
    public var style: Style
    public var offset: Int
    public init(_ character: Character, _ style: Style, offset: Int = -1) {
        self.character = character
        self.style = style
        self.offset = offset
    }
}

/// Builds styled, safe character sequences. This is the ONE way dataset text reaches the grid:
/// every character passes `SafeText`, so control characters become visible pictures.
public enum Styled {
    /// `text` in `style`, with the parts matching any of `queries` in `.match`.
    /// `offset`: the scalar offset of the text's first character in the article, if it comes from there.
    public static func chars(_ text: String, _ style: Style, highlight queries: [String] = [], offset: Int? = nil)
        -> [StyledChar]
    {
        let matched = matchedCharacters(text, queries)
        var out: [StyledChar] = []
        out.reserveCapacity(text.count)
        var scalarOffset = offset ?? -1
        for (i, ch) in text.enumerated() {
            let s: Style = matched.contains(i) ? .match : style
            let here = offset == nil ? -1 : scalarOffset
            if ch.unicodeScalars.contains(where: SafeText.isUnsafe) {
                for safe in SafeText.line(String(ch)) { out.append(StyledChar(safe, s, offset: here)) }
            } else {
                out.append(StyledChar(ch, s, offset: here))
            }
            if offset != nil { scalarOffset += ch.unicodeScalars.count }
        }
        return out
    }

    /// Indices (in Characters) of the text covered by a match of any query.
    static func matchedCharacters(_ text: String, _ queries: [String]) -> Set<Int> {
        let queries = queries.filter { !$0.trimmingBlanks().isEmpty }
        guard !queries.isEmpty else { return [] }
        let ranges = queries.flatMap { DatasetIndex.matchRanges(of: $0, in: text) }
        guard !ranges.isEmpty else { return [] }
        var out = Set<Int>()
        for (i, idx) in text.indices.enumerated() where ranges.contains(where: { $0.contains(idx) }) { out.insert(i) }
        return out
    }

    /// Word-wraps styled characters to `width` columns: breaks at spaces, breaks inside a word only when
    /// it is longer than a line, and never inside a character. An empty input gives one empty line.
    public static func wrap(_ chars: [StyledChar], to width: Int) -> [[StyledChar]] {
        wrapRanges(chars, to: width).map { Array(chars[$0]) }
    }

    /// The lines `wrap` makes, as index ranges into `chars`: the text layer's one word-wrapper.
    static func wrapRanges(_ chars: [StyledChar], to width: Int) -> [Range<Int>] {
        TextWidth.lineRanges(chars, to: width) { $0.character }
    }
}

extension CellGrid {
    /// Writes styled characters from (x, y), at most `width` columns. Text that does not fit is cut with
    /// "…", never inside a character; a wide character takes a cell plus a continuation cell.
    /// The rest of the width is filled with blanks in `fill` (nil leaves it untouched).
    @discardableResult
    public mutating func write(_ chars: [StyledChar], x: Int, y: Int, width: Int, fill: Style? = nil) -> Int {
        guard y >= 0, y < size.height, width > 0 else { return 0 }
        let width = min(width, size.width - x)
        guard width > 0 else { return 0 }
        let visible = chars.filter { TextWidth.of($0.character) > 0 }
        let total = visible.reduce(0) { $0 + TextWidth.of($1.character) }
        var used = 0
        var col = x
        func put(_ c: StyledChar) {
            let w = TextWidth.of(c.character)
            self[col, y] = Cell(c.character, style: c.style)
            if w == 2 { self[col + 1, y] = Cell(" ", style: c.style, isContinuation: true) }
            col += w
            used += w
        }
        if total <= width {
            visible.forEach(put)
        } else {
            for c in visible {
                if used + TextWidth.of(c.character) > width - 1 { break }
                put(c)
            }
            put(StyledChar("…", visible.last?.style ?? .normal))
        }
        if let fill {
            while used < width {
                self[col, y] = Cell(" ", style: fill)
                col += 1
                used += 1
            }
        }
        return used
    }

    /// Convenience: one plain string in one style.
    @discardableResult
    public mutating func write(_ text: String, x: Int, y: Int, width: Int, style: Style = .normal, fill: Style? = nil)
        -> Int
    {
        write(Styled.chars(text, style), x: x, y: y, width: width, fill: fill)
    }

    /// Fills a rectangle with blanks in a style.
    public mutating func clear(_ rect: Rect, style: Style = .normal) {
        for yy in rect.y..<(rect.y + rect.height) {
            for xx in rect.x..<(rect.x + rect.width) { self[xx, yy] = Cell(" ", style: style) }
        }
    }
}
