import SummitModel

/// The article wrapped to one width, as the span of the article each line shows. Kept in the state's derived
/// views so scrolling the source view does not wrap the whole article again (4 MB on a million records).
struct WrappedSource: Sendable {
    /// What the lines were computed from; they are used only while both still hold.
    let index: DatasetIndex
    let width: Int
    /// Scalar offsets into the article, end exclusive; the space a line breaks at belongs to neither line.
    let lines: [Range<Int>]

    init(_ index: DatasetIndex, width: Int) {
        self.index = index
        self.width = width
        let w = max(1, width - 2)
        var lines: [Range<Int>] = []
        var offset = 0
        for paragraph in index.dataset.source.text.split(separator: "\n", omittingEmptySubsequences: false) {
            let chars = Styled.chars(String(paragraph), .normal, offset: offset)
            let end = offset + paragraph.unicodeScalars.count
            for r in Styled.wrapRanges(chars, to: w) {
                // A break inside one character's visible pictures moves the whole character to the next line.
                let lower = r.lowerBound < chars.count ? chars[r.lowerBound].offset : end
                let upper = r.upperBound < chars.count ? chars[r.upperBound].offset : end
                lines.append(lower..<max(lower, upper))
            }
            offset = end + 1
        }
        self.lines = lines
    }

    func fits(width: Int, _ index: DatasetIndex) -> Bool { self.width == width && self.index === index }

    /// The first line showing any of the span (or the first non-empty line after its start).
    func line(of span: SourceSpan) -> Int {
        var lo = 0
        var hi = lines.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if lines[mid].upperBound > span.start { hi = mid } else { lo = mid + 1 }
        }
        while lo < lines.count, lines[lo].isEmpty { lo += 1 }
        return lo < lines.count ? lo : 0
    }

    /// One line's characters, the span's in the highlight style.
    /// Hits of `queries` (the article search) are in the match style.
    func styled(_ i: Int, highlight span: SourceSpan?, queries: [String] = []) -> [StyledChar] {
        let r = lines[i]
        guard !r.isEmpty else { return [] }
        let chars = Styled.chars(
            index.sourceText(SourceSpan(start: r.lowerBound, end: r.upperBound)), .normal, highlight: queries,
            offset: r.lowerBound)
        guard let span else { return chars }
        return chars.map {
            span.contains($0.offset) && $0.style != .match
                ? StyledChar($0.character, .sourceHighlight, offset: $0.offset) : $0
        }
    }
}
