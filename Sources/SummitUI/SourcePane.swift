import SummitModel

/// The whole article, wrapped, with the subject's supporting span highlighted.
enum SourcePane {
    /// The article wrapped to `width`, each character carrying its scalar offset.
    static func lines(_ index: DatasetIndex, width: Int, highlight span: SourceSpan?) -> [[StyledChar]] {
        let w = max(1, width - 2)
        var out: [[StyledChar]] = []
        var offset = 0
        for paragraph in index.dataset.source.text.split(separator: "\n", omittingEmptySubsequences: false) {
            var chars = Styled.chars(String(paragraph), .normal, offset: offset)
            if let span { chars = chars.map { span.contains($0.offset) ? StyledChar($0.character, .sourceHighlight, offset: $0.offset) : $0 } }
            out += Styled.wrap(chars, to: w)
            offset += paragraph.unicodeScalars.count + 1
        }
        return out
    }

    /// The wrapped line where a span starts.
    static func line(of span: SourceSpan, in lines: [[StyledChar]]) -> Int {
        lines.firstIndex { $0.contains { $0.offset >= span.start } } ?? 0
    }

    static func render(_ grid: inout CellGrid, _ state: ExplorerState, _ index: DatasetIndex, rect: Rect, subject: RecordRef?, scroll: Int) {
        let span = subject.flatMap { index.span(of: $0) }
        let lines = lines(index, width: rect.width, highlight: span)
        let top = min(max(0, scroll), max(0, lines.count - rect.height))
        for i in 0..<rect.height {
            let line = top + i < lines.count ? lines[top + i] : []
            grid.write(Styled.chars(" ", .normal) + line, x: rect.x, y: rect.y + i, width: rect.width, fill: .normal)
        }
    }
}
