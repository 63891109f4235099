import SummitModel

/// The title line every pane starts with: name, counts, and a rule; focus shown by style and a marker.
/// A shelf list also names the other shelf lists with their keys at the right ("3 Quo 6 Eve 7 Que"), where
/// they fit, so the kinds that share its place can be found.
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
        // The position keeps its place; the counts and the shelf's other lists give way to it.
        let used = grid.write(chars, x: r.x, y: r.y, width: max(0, r.width - markWidth))
        let ruleStyle: Style = ctx.focused ? .focusedBorder : .border
        let free = max(0, r.width - used - markWidth)
        var siblings = ""
        if PaneID.shelf.contains(ctx.pane) {
            let names = PaneID.shelf.filter { $0 != ctx.pane }.map { "\($0.number) \($0.title.prefix(3))" }.joined(
                separator: " ")
            // With a space each side where there is room, else tight against the rule; at least one rule cell stays.
            siblings = [" " + names + " ", names].first { TextWidth.of($0) + 1 <= free } ?? ""
        }
        let ruleWidth = max(0, r.width - used)
        let rule = String(repeating: "─", count: ruleWidth)
        grid.write(rule, x: r.x + used, y: r.y, width: ruleWidth, style: ruleStyle)
        let siblingsX = r.x + used + max(0, free - TextWidth.of(siblings))
        if !siblings.isEmpty { grid.write(siblings, x: siblingsX, y: r.y, width: TextWidth.of(siblings), style: .dim) }
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
