import SummitModel

/// The article as Unicode scalars, so spans (scalar offsets) slice in O(1); and its paragraphs as ranges.
struct ArticleText {
    let scalars: [Unicode.Scalar]
    let paragraphs: Paragraphs

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        paragraphs = Paragraphs(text: text)
    }

    /// The text of `start..<end`, clamped to the article.
    func slice(_ start: Int, _ end: Int) -> String {
        let lower = min(max(0, start), scalars.count)
        let upper = min(max(lower, end), scalars.count)
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[lower..<upper])
        return String(out)
    }

    func text(of span: SourceSpan) -> String { slice(span.start, span.end) }

    /// Scalar range of paragraph `number` (1-based), without its trailing line breaks.
    func range(ofParagraph number: Int) -> Range<Int> {
        let starts = paragraphs.starts
        guard number >= 1, number <= starts.count else { return 0..<0 }
        var end = number < starts.count ? starts[number] : scalars.count
        while end > starts[number - 1], scalars[end - 1] == "\n" || scalars[end - 1] == " " || scalars[end - 1] == "\r" { end -= 1 }
        return starts[number - 1]..<end
    }
}
