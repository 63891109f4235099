import SummitModel

/// Figures: the amount as printed first ("just over 70,000 full-time personnel"), then what it measures.
/// Detail draws the figures that compare as a bar chart (`FigureComparison`).
enum FiguresPane {
    static func render(_ grid: inout CellGrid, _ ctx: PaneContext) {
        ListPane.render(&grid, ctx) { ref, _ in
            guard let f = ctx.index.figure(id: ref.id) else { return Styled.chars(ref.id, .normal) }
            let queries = ctx.state.highlightQueries
            return Styled.chars(f.printedAmount, .title, highlight: queries)
                + Styled.chars("  ", .normal) + Styled.chars(f.label, .normal, highlight: queries)
        }
    }
}
