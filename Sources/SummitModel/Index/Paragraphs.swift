/// Paragraph numbers of the article, so a record can say where it comes from in a form a reader can find:
/// `¶7` is the seventh paragraph of `summit source`, which prints the numbers in its margin. Both front ends
/// read the one numbering the index keeps (`DatasetIndex.paragraphs`).
/// Paragraphs are runs of non-blank lines; offsets are Unicode scalars, as in `SourceSpan`.
public struct Paragraphs: Hashable, Sendable {
    /// Scalar offset where each paragraph starts, ascending.
    public let starts: [Int]

    public init(text: String) {
        var starts: [Int] = []
        var offset = 0
        var lineStart = true
        var lineBlank = true
        var inParagraph = false
        var pendingStart = 0
        for scalar in text.unicodeScalars {
            if lineStart {
                pendingStart = offset
                lineBlank = true
                lineStart = false
            }
            if scalar == "\n" {
                if lineBlank { inParagraph = false }
                lineStart = true
            } else if scalar != " " && scalar != "\t" && scalar != "\r" && lineBlank {
                lineBlank = false
                if !inParagraph {
                    starts.append(pendingStart)
                    inParagraph = true
                }
            }
            offset += 1
        }
        self.starts = starts
    }

    /// 1-based number of the paragraph holding `offset` (0 before the first).
    public func number(at offset: Int) -> Int {
        var low = 0
        var high = starts.count
        while low < high {
            let mid = (low + high) / 2
            if starts[mid] <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The paragraphs a span touches: from the one holding its first character to the one holding its last.
    public func numbers(of span: SourceSpan) -> ClosedRange<Int> {
        number(at: span.start)...number(at: max(span.start, span.end - 1))
    }

    /// The reference printed beside a record: `¶7`, or `¶7–8` for a span across paragraphs.
    public func label(for span: SourceSpan) -> String { Self.label(numbers(of: span)) }

    /// Scalar range of paragraph `number` (1-based) in the index's article, without its trailing line breaks.
    public func range(ofParagraph number: Int, in index: DatasetIndex) -> Range<Int> {
        guard number >= 1, number <= starts.count else { return 0..<0 }
        let start = starts[number - 1]
        var end = number < starts.count ? starts[number] : index.sourceScalarCount
        for scalar in index.sourceText(SourceSpan(start: start, end: end)).unicodeScalars.reversed() {
            guard scalar == "\n" || scalar == " " || scalar == "\r" else { break }
            end -= 1
        }
        return start..<end
    }

    public static func label(_ numbers: ClosedRange<Int>) -> String {
        numbers.count == 1 ? "¶\(numbers.lowerBound)" : "¶\(numbers.lowerBound)–\(numbers.upperBound)"
    }

    /// `[poland ¶12]`: the id to pass to `summit source --record`, and the paragraph to find by eye. `glue` joins
    /// the two (the command line passes its own glue so a wrap never splits the reference).
    public func reference(id: String?, span: SourceSpan?, glue: Unicode.Scalar = " ") -> String {
        let parts = [id, span.map(label(for:))].compactMap { $0 }
        return "[" + parts.joined(separator: String(glue)) + "]"
    }
}

extension DatasetIndex {
    /// `[poland ¶12]`: the id to pass to `summit source --record`, and the paragraph to find by eye; `glue` joins
    /// the two (the command line uses a no-break glue). The same reference in the explorer and the command line.
    public func reference(_ ref: RecordRef, glue: Unicode.Scalar = " ") -> String {
        reference(id: ref.id, span: span(of: ref), glue: glue)
    }

    public func reference(id: String?, span: SourceSpan?, glue: Unicode.Scalar = " ") -> String {
        paragraphs.reference(id: id, span: span, glue: glue)
    }
}
