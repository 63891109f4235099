import SummitModel

/// The text supporting a record, with the paragraph(s) around it as context.
struct Passage: Encodable {
    let start: Int
    let end: Int
    let text: String
    /// Paragraph numbers the passage touches, as printed by `summit source`.
    let paragraphs: [Int]
    let context: Context

    struct Context: Encodable {
        /// Scalar offsets of the whole paragraph(s) around the passage.
        let start: Int
        let end: Int
        let before: String
        let after: String
    }

    init(span: SourceSpan, index: DatasetIndex, paragraphs numbered: Paragraphs) {
        start = span.start
        end = span.end
        text = index.sourceText(span)
        let touched = numbered.numbers(of: span)
        paragraphs = Array(max(1, touched.lowerBound)...max(1, touched.upperBound))
        let lower = min(span.start, numbered.range(ofParagraph: touched.lowerBound, in: index).lowerBound)
        let upper = max(span.end, numbered.range(ofParagraph: touched.upperBound, in: index).upperBound)
        context = Context(
            start: lower, end: upper, before: index.sourceText(SourceSpan(start: lower, end: span.start)),
            after: index.sourceText(SourceSpan(start: span.end, end: upper)))
    }

    var label: String { Paragraphs.label(paragraphs[0]...paragraphs[paragraphs.count - 1]) }
}

/// `summit source --record ID --json`.
struct PassageDocument: Encodable {
    let command = "source"
    /// The record whose passage this is (named `entry` so that `record` always means a dataset record).
    let entry: RecordEntry
    let passage: Passage
}

/// `summit source --json`: the article with its attribution and paragraph offsets.
struct ArticleDocument: Encodable {
    let command = "source"
    let source: Source
    let paragraphs: [ParagraphEntry]

    struct ParagraphEntry: Encodable {
        let number: Int
        let start: Int
        let end: Int
    }

    init(index: DatasetIndex, paragraphs numbered: Paragraphs) {
        source = index.dataset.source
        paragraphs = numbered.starts.indices.map { i in
            let range = numbered.range(ofParagraph: i + 1, in: index)
            return ParagraphEntry(number: i + 1, start: range.lowerBound, end: range.upperBound)
        }
    }
}
