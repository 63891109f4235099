import SummitModel

/// The sentence (or sentences) of the article around a span, with the span itself highlighted.
enum SourceSentence {
    static func bounds(of span: SourceSpan, in s: [Unicode.Scalar]) -> Range<Int> {
        let n = s.count
        let start = max(0, min(span.start, n)), end = max(start, min(span.end, n))
        func isStop(_ c: Unicode.Scalar) -> Bool { c == "." || c == "!" || c == "?" }
        var i = start
        while i > 0 {
            let c = s[i - 1]
            if c == "\n" { break }
            if c == " ", i >= 2, isStop(s[i - 2]) || (i >= 3 && (s[i - 2] == "”" || s[i - 2] == "\"") && isStop(s[i - 3])) { break }
            i -= 1
        }
        var j = end
        let endsSentence = end > 0 && (isStop(s[end - 1]) || (end >= 2 && s[end - 1] == "”" && isStop(s[end - 2])))
        if endsSentence, j < n, s[j] == "”" || s[j] == "\"" { j += 1 }
        while !endsSentence && j < n {
            let c = s[j]
            if c == "\n" { break }
            j += 1
            if isStop(c) { if j < n && (s[j] == "”" || s[j] == "\"") { j += 1 }; break }
        }
        return i..<max(i, j)
    }

    static func styled(around span: SourceSpan, _ index: DatasetIndex) -> [StyledChar] {
        // Look for the sentence in a window around the span, not the whole article (megabytes in a large
        // dataset); widen it while the sentence reaches an edge that is not the article's.
        let total = index.sourceScalarCount
        var margin = 1024
        while true {
            let from = max(0, span.start - margin), to = min(total, span.end + margin)
            let window = Array(index.sourceText(SourceSpan(start: from, end: to)).unicodeScalars)
            let local = SourceSpan(start: span.start - from, end: span.end - from)
            let b = bounds(of: local, in: window)
            // Near an edge the stop rules look a few scalars past it: widen there too.
            let clipped = (b.lowerBound < 3 && from > 0) || (b.upperBound >= window.count - 1 && to < total)
            if clipped { margin *= 4; continue }
            let start = from + b.lowerBound, end = from + b.upperBound
            let text = index.sourceText(SourceSpan(start: start, end: end))
            return Styled.chars(text, .normal, offset: start).map {
                span.contains($0.offset) ? StyledChar($0.character, .sourceHighlight, offset: $0.offset) : $0
            }
        }
    }
}
