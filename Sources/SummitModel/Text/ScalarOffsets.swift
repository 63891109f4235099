/// String indexes of `Source.text` by Unicode-scalar offset, so a span slices in O(1) instead of walking the text.
/// One index per scalar (8 bytes each): fine for article-sized texts.
struct ScalarOffsets: Sendable {
    /// `indexes[k]` is the index of scalar k; the last entry is `endIndex`.
    private let indexes: [String.Index]

    init(_ text: String) {
        var indexes: [String.Index] = []
        indexes.reserveCapacity(text.utf8.count + 1)
        let scalars = text.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            indexes.append(index)
            index = scalars.index(after: index)
        }
        indexes.append(scalars.endIndex)
        self.indexes = indexes
    }

    /// Number of scalars in the text.
    var count: Int { indexes.count - 1 }

    /// The text of a span, clamped to the text; empty when the span is empty or reversed.
    func slice(_ text: String, _ span: SourceSpan) -> String {
        let start = min(max(span.start, 0), count)
        let end = min(max(span.end, 0), count)
        guard start < end else { return "" }
        return String(text.unicodeScalars[indexes[start]..<indexes[end]])
    }
}
