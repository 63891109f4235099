import SummitModel

/// The title line every pane starts with: name, counts, and a rule; focus shown by style and a marker.
/// A shelf list also names the other shelf lists with their keys at the right ("3 Quo 6 Eve 7 Que"), where
/// they fit, so the kinds that share its place can be found.
enum PaneTitle {
    static func render(_ grid: inout CellGrid, _ ctx: PaneContext, counts: String) {
        let r = ctx.rect
        let marker = ctx.focused ? "▶ " : "  "
        var chars = Styled.chars(marker + ctx.pane.title, ctx.focused ? .focusedTitle : .title)
        chars += Styled.chars(counts.isEmpty ? " " : " " + counts + " ", .dim)
        let used = grid.write(chars, x: r.x, y: r.y, width: r.width)
        var siblings = ""
        if PaneID.shelf.contains(ctx.pane) {
            let names = PaneID.shelf.filter { $0 != ctx.pane }.map { "\($0.number) \($0.title.prefix(3))" }.joined(separator: " ")
            // With a space each side where there is room, else tight against the rule; at least one rule cell stays.
            siblings = [" " + names + " ", names].first { TextWidth.of($0) + 1 <= r.width - used } ?? ""
        }
        let ruleWidth = max(0, r.width - used - TextWidth.of(siblings))
        let rule = String(repeating: "─", count: ruleWidth)
        grid.write(rule, x: r.x + used, y: r.y, width: ruleWidth, style: ctx.focused ? .focusedBorder : .border)
        if !siblings.isEmpty { grid.write(siblings, x: r.x + used + ruleWidth, y: r.y, width: r.width - used - ruleWidth, style: .dim) }
    }
}
