import SummitModel

/// Quotes: "Speaker: text", one per line, cut with an ellipsis.
enum QuotesPane {
    static func render(_ grid: inout CellGrid, _ ctx: PaneContext) {
        ListPane.render(&grid, ctx) { ref, _ in
            guard let q = ctx.index.quote(id: ref.id) else { return Styled.chars(ref.id, .normal) }
            let queries = ctx.state.highlightQueries
            return Styled.chars(RecordLabel.speakerName(q, ctx.index), .title, highlight: queries)
                + Styled.chars(": ", .dim) + Styled.chars(q.text, .normal, highlight: queries)
        }
    }
}
