import SummitModel

/// Positions: each actor with its stance as a symbol AND a word, so colour is never the only cue.
enum PositionsPane {
    static func render(_ grid: inout CellGrid, _ ctx: PaneContext) {
        let rows = ctx.state.rows(of: .positions, ctx.index)
        let actors = rows.compactMap { ctx.index.actor(id: $0.id) }
        let nameWidth = actors.map { TextWidth.of($0.name) }.max() ?? 0
        let shortStanceWidth = actors.map { TextWidth.of(StanceBadge.text($0.stance.value, compact: true)) }.max() ?? 0
        ListPane.render(&grid, ctx) { ref, width in
            guard let a = ctx.index.actor(id: ref.id) else { return Styled.chars(ref.id, .normal) }
            // One name column for all rows, as wide as the longest name shown when the short stance words
            // still fit beside it: a cut name ("United Kin…", "Coalition of the Wil…") hides who it is. Names
            // are cut only when even the short stance words would not fit, so the stance stays visible.
            let room = max(4, min(nameWidth, width - shortStanceWidth - 2))
            // Each stance in full where it fits beside the names, else its first word ("▲ plans").
            let full = StanceBadge.text(a.stance.value)
            let stance = TextWidth.of(full) <= width - room - 2 ? full : StanceBadge.text(a.stance.value, compact: true)
            let name = TextWidth.fit(a.name, to: room)
            return Styled.chars(name, .normal, highlight: ctx.state.highlightQueries)
                + Styled.chars("  ", .normal) + Styled.chars(stance, StanceBadge.style(a.stance.value))
        }
    }
}
