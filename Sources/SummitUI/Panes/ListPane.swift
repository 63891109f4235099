import SummitModel

/// The shared body of the three list panes: rows, selection, scrolling, the empty case.
enum ListPane {
    /// "no pillars match — 3 positions, 1 quote: press 2 to see them" (Enter while searching), or nil when no other list has rows either.
    static func elsewhere(_ ctx: PaneContext) -> String? {
        // Only lists out of sight: the tabs' other panes, or beside the columns the shelf's other lists (named by
        // the shelf's list alone: the lists in sight speak for themselves).
        let tabs = ctx.layout.shape == .tabs
        guard tabs || PaneID.shelf.contains(ctx.pane) else { return nil }
        let others = PaneID.lists.filter { $0 != ctx.pane && ctx.layout.panes[$0] == nil }.map {
            ($0, ctx.state.rows(of: $0, ctx.index).count)
        }.filter { $0.1 > 0 }
        guard let first = others.first else { return nil }
        // While typing, digits are text; in tabs Enter keeps the search and moves to the pane of the best match,
        // beside the columns it keeps the search and the number key then shows the list.
        let searching = ctx.state.mode.kind == .search
        let key = searching ? (tabs ? "Enter" : "Enter, then \(first.0.number),") : "press \(first.0.number)"
        func counted(_ pane: PaneID, _ n: Int) -> String {
            let plural = pane.title.lowercased()
            return "\(n) " + (n == 1 ? String(plural.dropLast()) : plural)
        }
        return "no \(ctx.pane.title.lowercased()) match — " + others.map(counted).joined(separator: ", ")
            + ": \(key) to see " + (others.count == 1 && first.1 == 1 ? "it" : "them")
    }

    static func render(_ grid: inout CellGrid, _ ctx: PaneContext, line: (RecordRef, Int) -> [StyledChar]) {
        let rows = ctx.state.rows(of: ctx.pane, ctx.index)
        let r = ctx.rect
        let visible = max(0, r.height - 1)
        PaneTitle.render(
            &grid, ctx, counts: ctx.state.shownCount(of: ctx.pane, ctx.index),
            position: PaneTitle.position(
                row: ctx.state.selectedRow(of: ctx.pane, rows: rows), of: rows.count, rows: visible))
        guard visible > 0 else { return }
        if rows.isEmpty {
            var lines = ["nothing matches the filters"]
            // Lists out of sight (tabs, the shelf's others): say where the matches are and which key shows them.
            if let elsewhere = elsewhere(ctx) {
                lines = TextWidth.wrap(elsewhere, to: max(1, r.width - 2))
            }
            // The focused pane says how to get rows back; while typing a search, Backspace and Esc (in the hints) do it.
            if ctx.focused, ctx.state.mode.kind == .browse, !ctx.state.chips.isEmpty {
                let how = [
                    ctx.keyMap.label(of: .filterDropLast, in: .browse).map { "\($0) drops one" },
                    ctx.keyMap.label(of: .filterClear, in: .browse).map { "\($0) all" },
                ].compactMap { $0 }
                if !how.isEmpty { lines.append(how.joined(separator: ", ")) }
            }
            for (i, line) in lines.prefix(visible).enumerated() {
                grid.write("  " + line, x: r.x, y: r.y + 1 + i, width: r.width, style: .dim, fill: .normal)
            }
            return
        }
        let selected = ctx.state.selectedRow(of: ctx.pane, rows: rows)
        let top = visibleScroll(
            selected: selected, wanted: ctx.state.scroll[ctx.pane] ?? 0, count: rows.count, rows: visible)
        for i in 0..<visible {
            let y = r.y + 1 + i
            let row = top + i
            guard row < rows.count else {
                grid.write("", x: r.x, y: y, width: r.width, fill: .normal)
                continue
            }
            let isSelected = row == selected
            let base: Style = isSelected ? (ctx.focused ? .selected : .selectedUnfocused) : .normal
            let pinned = ctx.state.pins.contains(rows[row])
            var chars =
                Styled.chars(isSelected ? "›" : " ", base)
                + (pinned
                    ? Styled.chars(PinMark.text, .title) + line(rows[row], r.width - 3) : line(rows[row], r.width - 1))
            if isSelected {
                chars = chars.map { $0.style == .normal ? StyledChar($0.character, base, offset: $0.offset) : $0 }
            }
            grid.write(chars, x: r.x, y: y, width: r.width, fill: base)
        }
    }
}
