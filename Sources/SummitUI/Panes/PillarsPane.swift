import SummitModel

/// Pillars: "1. Ceasefire monitoring", one per line.
enum PillarsPane {
    static func render(_ grid: inout CellGrid, _ ctx: PaneContext) {
        ListPane.render(&grid, ctx) { ref, _ in
            guard let p = ctx.index.pillar(id: ref.id) else { return Styled.chars(ref.id, .normal) }
            return Styled.chars("\(p.number). ", .dim)
                + Styled.chars(p.title, .normal, highlight: ctx.state.highlightQueries)
        }
    }
}
