import SummitModel

/// The title line every pane starts with: name, counts, and a rule; focus shown by style and a marker.
/// `position` ("8/15") ends the rule when the pane's content is longer than the pane, so nobody misses what lies
/// below the fold.
enum PaneTitle {
    static func render(_ grid: inout CellGrid, _ ctx: PaneContext, counts: String, position: String? = nil) {
        let r = ctx.rect
        let marker = ctx.focused ? "▶ " : "  "
        let mark = position.map { " " + $0 + " " } ?? ""
        let markWidth = mark.isEmpty ? 0 : TextWidth.of(mark) + 1
        var chars = Styled.chars(marker + ctx.pane.title, ctx.focused ? .focusedTitle : .title)
        chars += Styled.chars(counts.isEmpty ? " " : " " + counts + " ", .dim)
        // The position keeps its place; the counts give way to it.
        let used = grid.write(chars, x: r.x, y: r.y, width: max(0, r.width - markWidth))
        let ruleStyle: Style = ctx.focused ? .focusedBorder : .border
        let rule = String(repeating: "─", count: max(0, r.width - used - markWidth))
        grid.write(rule, x: r.x + used, y: r.y, width: r.width - used, style: ruleStyle)
        if markWidth > 0, r.width - used >= markWidth {
            let x = r.x + r.width - markWidth
            grid.write(mark, x: x, y: r.y, width: markWidth - 1, style: .dim)
            grid.write("─", x: x + markWidth - 1, y: r.y, width: 1, style: ruleStyle)
        }
    }

    /// "8/15": the selected row of a list, when the list is longer than the pane.
    static func position(row: Int, of count: Int, rows: Int) -> String? {
        count > rows && count > 0 ? "\(row + 1)/\(count)" : nil
    }

    /// "12–30/45": the lines shown of a text longer than its pane.
    static func position(top: Int, rows: Int, of count: Int) -> String? {
        count > rows && rows > 0 ? "\(top + 1)–\(min(count, top + rows))/\(count)" : nil
    }
}
