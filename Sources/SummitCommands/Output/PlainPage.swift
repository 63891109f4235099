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
    init(_ text: String, _ tone: Tone = .plain) { self.text = SafeText.line(text); self.tone = tone }
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

    var width: Int { console.width }
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
        let safe = SafeText.line(text)
        let available = max(10, width - indent)
        for (i, piece) in TextWidth.wrap(safe, to: available).enumerated() {
            let prefix: String
            if i == 0, let lead { prefix = paint(lead) + String(repeating: " ", count: max(0, indent - lead.width)) }
            else { prefix = String(repeating: " ", count: indent) }
            lines.append(prefix + paint(Segment(piece, tone)))
        }
    }

    /// A wrapped paragraph ending in a source reference such as `[poland ¶12]`, printed faint when colour is on.
    mutating func referenced(_ text: String, reference: String, indent: Int = 0, tone: Tone = .plain, lead: Segment? = nil) {
        let before = lines.count
        paragraph(text + " " + reference, indent: indent, tone: tone, lead: lead)
        // With colour, re-paint the reference (always the tail of the last line: it cannot wrap) faint.
        let painted = paint(Segment(reference, tone))
        guard console.color, lines.count > before, var last = lines.popLast() else { return }
        if last.hasSuffix(painted) {
            last.removeLast(painted.count)
            last += paint(Segment(reference, .faint))
        }
        lines.append(last)
    }

    /// A title on the left and a reference (id, paragraph) flush right; the title wraps if both do not fit.
    mutating func heading(_ title: [Segment], right: [Segment], indent: Int = 0) {
        let rightWidth = right.reduce(0) { $0 + $1.width }
        let titleWidth = title.reduce(0) { $0 + $1.width }
        let pad = String(repeating: " ", count: indent)
        if indent + titleWidth + 2 + rightWidth <= width {
            let gap = String(repeating: " ", count: width - indent - titleWidth - rightWidth)
            lines.append(pad + title.map(paint).joined() + gap + right.map(paint).joined())
            return
        }
        // Too long: wrap the title as one tone (the first segment's) and put the reference on its first line.
        let joined = title.map(\.text).joined()
        let tone = title.first?.tone ?? .plain
        let wrapped = TextWidth.wrap(joined, to: max(10, width - indent - rightWidth - 2))
        for (i, piece) in wrapped.enumerated() {
            if i == 0 {
                let gap = String(repeating: " ", count: max(2, width - indent - TextWidth.of(piece) - rightWidth))
                lines.append(pad + paint(Segment(piece, tone)) + gap + right.map(paint).joined())
            } else {
                lines.append(pad + paint(Segment(piece, tone)))
            }
        }
    }

    /// An aligned table. Columns size to their widest cell; the `flexible` column takes what is left and wraps.
    mutating func table(header: [String], rows: [[Segment]], flexible: Int) {
        guard !header.isEmpty else { return }
        let gap = 2
        var widths = header.map { TextWidth.of($0) }
        for row in rows { for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.width) } }
        let fixed = widths.enumerated().filter { $0.offset != flexible }.reduce(0) { $0 + $1.element } + gap * (widths.count - 1)
        widths[flexible] = max(12, min(widths[flexible], width - fixed))
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

    /// Emphasises (bold) the text between two marker characters, across wrapped lines. Colour terminals only.
    mutating func emphasise(from open: Character, to close: Character) {
        guard console.color else { return }
        var inside = false
        lines = lines.map { line in
            var out = inside ? "\u{1B}[1m" : ""
            for ch in line {
                if ch == open { inside = true; out.append(ch); out += "\u{1B}[1m"; continue }
                if ch == close { inside = false; out += "\u{1B}[0m"; out.append(ch); continue }
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
