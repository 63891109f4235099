import SummitModel

/// Events: what happened, then when (as printed) and whether the article reports it or a party claims it.
enum EventsPane {
    static func render(_ grid: inout CellGrid, _ ctx: PaneContext) {
        ListPane.render(&grid, ctx) { ref, _ in
            guard let summary = ctx.index.summary(of: ref) else { return Styled.chars(ref.id, .normal) }
            let queries = ctx.state.highlightQueries
            return Styled.chars(summary.title, .normal, highlight: queries)
                + Styled.chars(" · " + summary.detail, .dim, highlight: queries)
        }
    }
}
