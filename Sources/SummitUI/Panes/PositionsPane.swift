import SummitModel

/// Positions: each actor with its stance as a symbol AND a word, so colour is never the only cue.
enum PositionsPane {
    static func render(_ grid: inout CellGrid, _ ctx: PaneContext) {
        // The columns depend on every row shown, not only those on screen: read each row's actor in place by its
        // position (no id lookup, no copy of the record) and each stance's width once.
        let rows = ctx.state.positions(of: .positions, ctx.index)
        let actors = ctx.index.dataset.actors
        let start = ctx.index.firstPosition(of: .actor)
        var nameWidth = 0
        var stances: Set<StanceValue> = []
        for p in rows {
            nameWidth = max(nameWidth, TextWidth.of(actors[Int(p) - start].name))
            stances.insert(actors[Int(p) - start].stance.value)
        }
        // A pinned row's name shares its column with the pin mark.
        let markWidth = TextWidth.of(PinMark.text)
        let pinned = ctx.state.pins.refs.compactMap { $0.kind == .actor ? ctx.index.position(of: $0) : nil }
        if !pinned.isEmpty {
            let shown = Set(rows)
            for p in pinned where shown.contains(Int32(p)) {
                nameWidth = max(nameWidth, TextWidth.of(actors[p - start].name) + markWidth)
            }
        }
        let shortStanceWidth = stances.map { TextWidth.of(StanceBadge.text($0, compact: true)) }.max() ?? 0
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
