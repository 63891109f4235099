import SummitModel

/// The sentence (or sentences) of the article around a span, with the span itself highlighted.
enum SourceSentence {
    static func styled(around span: SourceSpan, _ index: DatasetIndex) -> [StyledChar] {
        // Look for the sentence in a window around the span, not the whole article (megabytes in a large
        // dataset); widen it while `Sentences` cannot tell where the sentence starts or ends within it.
        let total = index.sourceScalarCount
        var margin = 1024
        while true {
            let from = max(0, span.start - margin)
            let to = min(total, span.end + margin)
            let window = Array(index.sourceText(SourceSpan(start: from, end: to)).unicodeScalars)
            let local = SourceSpan(start: span.start - from, end: span.end - from)
            guard let b = Sentences.bounds(of: local, in: window, startsParagraph: from == 0, endsText: to == total)
            else {
                margin *= 4
                continue
            }
            let start = from + b.lowerBound
            let end = from + b.upperBound
            let text = index.sourceText(SourceSpan(start: start, end: end))
            return Styled.chars(text, .normal, offset: start).map {
                span.contains($0.offset) ? StyledChar($0.character, .sourceHighlight, offset: $0.offset) : $0
            }
        }
    }
}
