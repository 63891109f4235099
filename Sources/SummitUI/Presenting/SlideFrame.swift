import SummitModel

/// Where a slide's parts go at a size: generous margins, the heading (block letters when they fit, else one or two
/// bold lines), the body, and at the bottom a quiet footer line and the progress bar. No borders.
struct SlideFrame: Hashable, Sendable {
    /// The smallest screen a slide is drawn on; below it, "terminal too small".
    static let minimum = Size(width: 30, height: 10)

    let size: Size
    let left: Int
    let width: Int
    let top: Int
    /// The heading's rows as drawn: block letter rows (with a blank row between lines of them) or plain lines.
    let heading: [String]
    let isBlock: Bool
    let body: Rect
    let footerY: Int
    let barY: Int

    init(size: Size, heading text: String) {
        self.size = size
        left = max(2, size.width / 10)
        width = max(1, size.width - 2 * left)
        top = size.height >= 30 ? 2 : 1
        var chosen: [String]? = nil
        var block = false
        for scale in [2, 1] where scale == 1 ? size.height >= 16 : (size.width >= 140 && size.height >= 40) {
            if let rows = Self.blockRows(text, scale: scale, width: width) {
                chosen = rows
                block = true
                break
            }
        }
        heading = chosen ?? Array(TextWidth.wrap(SafeText.line(text), to: width).prefix(2))
        isBlock = block
        barY = size.height - 1 - (size.height >= 30 ? 1 : 0)
        footerY = barY - 1
        let bodyTop = top + heading.count + 1
        body = Rect(x: left, y: bodyTop, width: width, height: footerY - 1 - bodyTop)
    }

    var tooSmall: Bool { size.width < Self.minimum.width || size.height < Self.minimum.height || body.height < 1 }

    /// The heading in block letters, its words wrapped onto at most two lines of letters; nil when it does not fit.
    private static func blockRows(_ text: String, scale: Int, width: Int) -> [String]? {
        var lines: [String] = []
        var current = ""
        for word in text.split(separator: " ").map(String.init) {
            let joined = current.isEmpty ? word : current + " " + word
            guard let w = BlockLetters.width(joined, scale: scale) else { return nil }
            if w <= width {
                current = joined
                continue
            }
            guard !current.isEmpty, (BlockLetters.width(word, scale: scale) ?? .max) <= width else { return nil }
            lines.append(current)
            current = word
        }
        if !current.isEmpty { lines.append(current) }
        guard !lines.isEmpty, lines.count <= 2 else { return nil }
        var rows: [String] = []
        for (n, line) in lines.enumerated() {
            if n > 0 { rows.append("") }
            rows += BlockLetters.rows(line, scale: scale) ?? []
        }
        return rows
    }
}
