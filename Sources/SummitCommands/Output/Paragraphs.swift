import SummitModel

/// Paragraph numbers of the article, so a record can say where it comes from in a form a reader can find:
/// `¶7` is the seventh paragraph of `summit source`, which prints the numbers in its margin.
/// Paragraphs are runs of non-blank lines; offsets are Unicode scalars, as in `SourceSpan`.
struct Paragraphs: Sendable {
    /// Scalar offset where each paragraph starts, ascending.
    let starts: [Int]

    init(text: String) {
        var starts: [Int] = []
        var offset = 0
        var lineStart = true
        var lineBlank = true
        var inParagraph = false
        var pendingStart = 0
        for scalar in text.unicodeScalars {
            if lineStart { pendingStart = offset; lineBlank = true; lineStart = false }
            if scalar == "\n" {
                if lineBlank { inParagraph = false }
                lineStart = true
            } else if scalar != " " && scalar != "\t" && scalar != "\r" && lineBlank {
                lineBlank = false
                if !inParagraph { starts.append(pendingStart); inParagraph = true }
            }
            offset += 1
        }
        self.starts = starts
    }

    /// 1-based number of the paragraph holding `offset` (0 before the first).
    func number(at offset: Int) -> Int {
        var low = 0, high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The paragraphs a span touches: from the one holding its first character to the one holding its last.
    func numbers(of span: SourceSpan) -> ClosedRange<Int> {
        number(at: span.start)...number(at: max(span.start, span.end - 1))
    }

    /// The reference printed beside a record: `¶7`, or `¶7–8` for a span across paragraphs.
    func label(for span: SourceSpan) -> String { Self.label(numbers(of: span)) }

    /// Scalar range of paragraph `number` (1-based) in the index's article, without its trailing line breaks.
    func range(ofParagraph number: Int, in index: DatasetIndex) -> Range<Int> {
        guard number >= 1, number <= starts.count else { return 0..<0 }
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] : index.sourceScalarCount
        for scalar in index.sourceText(SourceSpan(start: start, end: end)).unicodeScalars.reversed() {
            guard scalar == "\n" || scalar == " " || scalar == "\r" else { break }
            end -= 1
        }
        return start..<end
    }

    static func label(_ numbers: ClosedRange<Int>) -> String {
        numbers.count == 1 ? "¶\(numbers.lowerBound)" : "¶\(numbers.lowerBound)–\(numbers.upperBound)"
    }
}
