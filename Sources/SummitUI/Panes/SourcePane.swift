import SummitModel

/// The whole article, wrapped, with the subject's supporting span highlighted.
enum SourcePane {
    static func render(
        _ grid: inout CellGrid, _ state: ExplorerState, _ index: DatasetIndex, rect: Rect, subject: RecordRef?,
        scroll: Int
    ) {
        let span = subject.flatMap { index.span(of: $0) }
        let wrapped = state.wrappedSource(width: rect.width, index)
        let count = wrapped.lines.count
        let top = scrollTop(scroll, count: count, rows: rect.height)
        for i in 0..<rect.height {
            let line =
                top + i < count
                ? wrapped.styled(top + i, highlight: span, queries: state.articleQuery.map { [$0] } ?? []) : []
            grid.write(Styled.chars(" ", .normal) + line, x: rect.x, y: rect.y + i, width: rect.width, fill: .normal)
        }
    }
}
