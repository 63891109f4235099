import FoundationEssentials
import SummitModel

/// What a piece of plain output means; mapped to SGR only when the console allows colour.
/// Colour is never the only cue: stances are always printed as words too.
enum Tone: Sendable {
    case plain, strong, faint, positive, conditional, negative, neutral

    var sgr: String? {
        switch self {
        case .plain: nil
        case .strong: "1"
        case .faint: "2"
        case .positive: "32"
        case .conditional: "33"
        case .negative: "31"
        case .neutral: "36"
        }
    }
}

/// A run of text with one tone. Its text is made terminal-safe on creation, so dataset strings can be passed raw.
struct Segment: Sendable {
    let text: String
    let tone: Tone
    init(_ text: String, _ tone: Tone = .plain) {
        self.text = SafeText.line(text)
        self.tone = tone
    }
    var width: Int { TextWidth.of(text) }
}

/// Plain output being built line by line: aligned, wrapped to the console width, coloured only when allowed.
struct PlainPage {
    /// A space that wrapping never breaks at (a private-use character, one column like a space), so a reference
    /// such as `[poland ¶14]` stays on one line. Turned back into a space when painted.
    static let glue: Unicode.Scalar = "\u{E000}"

    let console: Console
    private(set) var lines: [String] = []

    init(console: Console) { self.console = console }

    /// Columns to fill: the console's width, or, with no wrapping (`--width 0`), more than any line needs.
    var width: Int { console.width ?? Self.unbounded }
    static let unbounded = Int.max / 4

    /// The page, ending in exactly one line break (separating blank lines at the end are dropped).
    var text: String {
        var body = lines
        while body.last == "" { body.removeLast() }
        return body.isEmpty ? "" : body.joined(separator: "\n") + "\n"
    }

    mutating func blank() { if let last = lines.last, !last.isEmpty { lines.append("") } }

    /// One line as given (callers keep it within the width).
    mutating func line(_ segments: Segment...) { line(segments) }

    mutating func line(_ segments: [Segment]) { lines.append(segments.map(paint).joined()) }

    /// Wraps `text` to the width, every line indented by `indent`; the first line may start with a `lead` instead.
    mutating func paragraph(_ text: String, indent: Int = 0, tone: Tone = .plain, lead: Segment? = nil) {
        for (i, piece) in wrapped(text, indent: indent).enumerated() {
            lines.append(prefix(first: i == 0, indent: indent, lead: lead) + paint(Segment(piece, tone)))
        }
    }

    /// A wrapped paragraph ending in a source reference such as `[poland ¶12]`, printed faint when colour is on.
    /// The reference is never split: it ends the last line when it fits there, else takes a line of its own
    /// (at the indent, or flush left when even that is too narrow).
    mutating func referenced(
        _ text: String, reference: String, indent: Int = 0, tone: Tone = .plain, lead: Segment? = nil
    ) {
        let pieces = wrapped(text, indent: indent)
        let available = max(10, width - indent)
        let referenceWidth = TextWidth.of(reference)
        let painted = paint(Segment(reference, console.color ? .faint : tone))
        for (i, piece) in pieces.enumerated() {
            let last = i == pieces.count - 1
            let start = prefix(first: i == 0, indent: indent, lead: lead)
            if last, piece.isEmpty || TextWidth.of(piece) + 1 + referenceWidth <= available {
                lines.append(start + paint(Segment(piece, tone)) + (piece.isEmpty ? "" : " ") + painted)
                return
            }
            lines.append(start + paint(Segment(piece, tone)))
        }
        if referenceWidth <= available {
            lines.append(String(repeating: " ", count: indent) + painted)
        } else {
            for piece in Self.split(reference, to: width) {
                lines.append(
                    String(repeating: " ", count: max(0, min(indent, width - TextWidth.of(piece))))
                        + paint(Segment(piece, console.color ? .faint : tone)))
            }
        }
    }

    /// A reference on lines of its own: whole when it fits the width; a wider one (a long id on a narrow page)
    /// breaks only where its words meet, between `[id` and `¶N]`, never inside a word.
    static func split(_ reference: String, to width: Int) -> [String] {
        guard TextWidth.of(reference) > width else { return [reference] }
        return reference.unicodeScalars.split(separator: glue).map { String(String.UnicodeScalarView($0)) }
    }

    /// The lines of a paragraph's text at this indent (at least one, maybe empty).
    private func wrapped(_ text: String, indent: Int) -> [String] {
        let pieces = TextWidth.wrap(SafeText.line(text), to: max(10, width - indent))
        return pieces.isEmpty ? [""] : pieces
    }

    /// The start of a paragraph line: the lead padded to the indent on the first line, else the indent.
    private func prefix(first: Bool, indent: Int, lead: Segment?) -> String {
        guard first, let lead else { return String(repeating: " ", count: indent) }
        return paint(lead) + String(repeating: " ", count: max(0, indent - lead.width))
    }

    /// A title on the left and a reference (id, paragraph) flush right. When both do not fit, the title wraps
    /// beside the reference; on a narrow page, where that would leave the title too little room, the reference
    /// goes on a line of its own below the title.
    mutating func heading(_ title: [Segment], right: [Segment], indent: Int = 0) {
        let rightWidth = right.reduce(0) { $0 + $1.width }
        let titleWidth = title.reduce(0) { $0 + $1.width }
        let pad = String(repeating: " ", count: indent)
        if indent + titleWidth + 2 + rightWidth <= width {
            let gap = console.width == nil ? 2 : width - indent - titleWidth - rightWidth
            lines.append(
                pad + title.map(paint).joined() + String(repeating: " ", count: gap)
                    + right.map(paint).joined())
            return
        }
        let joined = title.map(\.text).joined()
        let tone = title.first?.tone ?? .plain
        let beside = width - indent - rightWidth - 2
        guard beside >= max(16, (width - indent) / 2) else {
            for piece in TextWidth.wrap(joined, to: max(10, width - indent)) {
                lines.append(pad + paint(Segment(piece, tone)))
            }
            lines.append(String(repeating: " ", count: max(0, width - rightWidth)) + right.map(paint).joined())
            return
        }
        // Wrap the title as one tone (the first segment's) and put the reference on its first line.
        for (i, piece) in TextWidth.wrap(joined, to: beside).enumerated() {
            if i == 0 {
                let gap = String(repeating: " ", count: max(2, width - indent - TextWidth.of(piece) - rightWidth))
                lines.append(pad + paint(Segment(piece, tone)) + gap + right.map(paint).joined())
            } else {
                lines.append(pad + paint(Segment(piece, tone)))
            }
        }
    }

    /// An aligned table. Columns size to their widest cell; the `flexible` column takes what is left and wraps.
    /// Below the width the table needs (every other column whole, the flexible one at least `flexibleMinimum`),
    /// rows stack as records: the first cell on a line, each other cell indented below it, a blank line between.
    mutating func table(header: [String], rows: [[Segment]], flexible: Int) {
        guard !header.isEmpty else { return }
        let gap = 2
        var widths = header.map { TextWidth.of($0) }
        for row in rows {
            for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.width) }
        }
        let fixed =
            widths.enumerated().filter { $0.offset != flexible }.reduce(0) { $0 + $1.element } + gap
            * (widths.count - 1)
        // The flexible column wraps at spaces only, so it must hold its longest word whole.
        let longestWord = rows.lazy.compactMap { $0.count > flexible ? $0[flexible].text : nil }
            .flatMap { $0.split(separator: " ") }.reduce(0) { max($0, TextWidth.of(String($1))) }
        let flexibleLeast = max(min(widths[flexible], Self.flexibleMinimum), longestWord)
        guard fixed + flexibleLeast <= width else { return stack(rows) }
        widths[flexible] = max(flexibleLeast, min(max(12, widths[flexible]), width - fixed))
        let console = self.console
        let render: ([Segment]) -> [String] = { cells in
            let columns = cells.enumerated().map { i, cell -> [Segment] in
                i == flexible ? TextWidth.wrap(cell.text, to: widths[i]).map { Segment($0, cell.tone) } : [cell]
            }
            let height = columns.map(\.count).max() ?? 1
            return (0..<height).map { row in
                var out = ""
                for (i, column) in columns.enumerated() {
                    let cell = row < column.count ? column[row] : Segment("")
                    let last = i == columns.count - 1
                    out += PlainPage(console: console).paint(cell)
                    if !last { out += String(repeating: " ", count: widths[i] - cell.width + gap) }
                }
                return out.trailingSpacesTrimmed
            }
        }
        lines.append(contentsOf: render(header.map { Segment($0, .strong) }))
        for row in rows { lines.append(contentsOf: render(row)) }
    }

    /// Narrowest a table's flexible column gets before the table stacks instead.
    static let flexibleMinimum = 20

    /// A table's rows as records, for a page too narrow for its columns.
    private mutating func stack(_ rows: [[Segment]]) {
        for row in rows {
            blank()
            for (i, cell) in row.enumerated() where !cell.text.isEmpty {
                // One token too wide for the indent (a reference such as `[id ¶N]`) is kept whole and indented as
                // far as the line allows, so it still reads as part of the record above it.
                if !cell.text.contains(" "), cell.width > width - 2 {
                    for piece in Self.split(cell.text, to: width) {
                        let indent = i == 0 ? 0 : max(0, min(2, width - TextWidth.of(piece)))
                        line(Segment(String(repeating: " ", count: indent) + piece, cell.tone))
                    }
                } else {
                    paragraph(cell.text, indent: i == 0 ? 0 : 2, tone: cell.tone)
                }
            }
        }
    }

    /// Emphasises (bold) the text between two marker characters, across wrapped lines. Colour terminals only.
    mutating func emphasise(from open: Character, to close: Character) {
        guard console.color else { return }
        var inside = false
        lines = lines.map { line in
            var out = inside ? "\u{1B}[1m" : ""
            for ch in line {
                if ch == open {
                    inside = true
                    out.append(ch)
                    out += "\u{1B}[1m"
                    continue
                }
                if ch == close {
                    inside = false
                    out += "\u{1B}[0m"
                    out.append(ch)
                    continue
                }
                out.append(ch)
            }
            return inside ? out + "\u{1B}[0m" : out
        }
    }

    func paint(_ segment: Segment) -> String {
        let text = segment.text.replacingScalar(Self.glue, with: " ")
        guard console.color, let sgr = segment.tone.sgr, !text.isEmpty else { return text }
        return "\u{1B}[\(sgr)m" + text + "\u{1B}[0m"
    }
}

extension String {
    var trailingSpacesTrimmed: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
