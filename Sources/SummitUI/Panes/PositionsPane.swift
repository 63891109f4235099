import SummitModel

/// Positions: each actor with its stance as a symbol AND a word, so colour is never the only cue.
enum PositionsPane {
    static func render(_ grid: inout CellGrid, _ ctx: PaneContext) {
        let rows = ctx.state.rows(of: .positions, ctx.index)
        let actors = rows.compactMap { ctx.index.actor(id: $0.id) }
        // A pinned row's name shares its column with the pin mark.
        let markWidth = TextWidth.of(PinMark.text)
        let nameWidth =
            actors.map { TextWidth.of($0.name) + (ctx.state.pins.contains($0.ref) ? markWidth : 0) }.max() ?? 0
        let shortStanceWidth = actors.map { TextWidth.of(StanceBadge.text($0.stance.value, compact: true)) }.max() ?? 0
        ListPane.render(&grid, ctx) { ref, width in
            guard let a = ctx.index.actor(id: ref.id) else { return Styled.chars(ref.id, .normal) }
            // One name column for all rows, as wide as the longest name shown when the short stance words
            // still fit beside it: a cut name ("United Kin…", "Coalition of the Wil…") hides who it is. Names
            // are cut only when even the short stance words would not fit, so the stance stays visible.
            // Laid out for the full row width; a pinned row's mark takes its room from the name, so the
            // stance column stays aligned.
            let rowWidth = ctx.rect.width - 1
            let room = max(4, min(nameWidth, rowWidth - shortStanceWidth - 2))
            // Each stance in full where it fits beside the names, else its first word ("▲ plans").
            let full = StanceBadge.text(a.stance.value)
            let stance =
                TextWidth.of(full) <= rowWidth - room - 2 ? full : StanceBadge.text(a.stance.value, compact: true)
            let name = TextWidth.fit(a.name, to: max(1, room - (rowWidth - width)))
            return Styled.chars(name, .normal, highlight: ctx.state.highlightQueries)
                + Styled.chars("  ", .normal) + Styled.chars(stance, StanceBadge.style(a.stance.value))
        }
    }
}
