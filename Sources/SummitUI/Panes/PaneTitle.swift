/// The title line every pane starts with: name, counts, and a rule; focus shown by style and a marker.
enum PaneTitle {
    static func render(_ grid: inout CellGrid, _ ctx: PaneContext, counts: String) {
        let r = ctx.rect
        let marker = ctx.focused ? "▶ " : "  "
        var chars = Styled.chars(marker + ctx.pane.title, ctx.focused ? .focusedTitle : .title)
        chars += Styled.chars(counts.isEmpty ? " " : " " + counts + " ", .dim)
        let used = grid.write(chars, x: r.x, y: r.y, width: r.width)
        let rule = String(repeating: "─", count: max(0, r.width - used))
        grid.write(rule, x: r.x + used, y: r.y, width: r.width - used, style: ctx.focused ? .focusedBorder : .border)
    }
}
