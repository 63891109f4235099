import SummitModel

/// Positions: each actor with its stance as a symbol AND a word, so colour is never the only cue.
enum PositionsPane {
    static func render(_ grid: inout CellGrid, _ ctx: PaneContext) {
        // The columns depend on every row shown, not only those on screen: each row's widths are read from the
        // kept measurements by position (no id lookup, no record copied, no name measured per frame).
        let rows = ctx.state.positions(of: .positions, ctx.index)
        let columns = ctx.state.actorColumns(ctx.index)
        let start = Int32(ctx.index.firstPosition(of: .actor))
        var nameWidth: Int32 = 0
        var shortStanceWidth: Int32 = 0
        for p in rows {
            nameWidth = max(nameWidth, columns.nameWidths[Int(p - start)])
            shortStanceWidth = max(shortStanceWidth, columns.shortStanceWidths[Int(p - start)])
        }
        // A pinned row's name shares its column with the pin mark.
        let markWidth = Int32(TextWidth.of(PinMark.text))
        let pinned = ctx.state.pins.refs.compactMap { $0.kind == .actor ? ctx.index.position(of: $0) : nil }
        if !pinned.isEmpty {
            let shown = Set(rows)
            for p in pinned.map(Int32.init) where shown.contains(p) {
                nameWidth = max(nameWidth, columns.nameWidths[Int(p - start)] + markWidth)
            }
        }
        ListPane.render(&grid, ctx) { ref, width in
            guard let a = ctx.index.actor(id: ref.id) else { return Styled.chars(ref.id, .normal) }
            // One name column for all rows, as wide as the longest name shown when the short stance words
            // still fit beside it: a cut name ("United Kin…", "Coalition of the Wil…") hides who it is. Names
            // are cut only when even the short stance words would not fit, so the stance stays visible.
            // Laid out for the full row width; a pinned row's mark takes its room from the name, so the
            // stance column stays aligned.
            let rowWidth = ctx.rect.width - 1
            let room = max(4, min(Int(nameWidth), rowWidth - Int(shortStanceWidth) - 2))
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
