import SummitModel

/// The frame of a box drawn over the panes (help, counts): the panes behind blanked, a titled top edge, side
/// edges, and a bottom edge that says where a scrolled view is ("1–20/42").
enum OverlayFrame {
    static func draw(_ grid: inout CellGrid, box: Rect, title: String, position: String) {
        let size = grid.size
        let w = box.width
        // Blank the panes behind: their edges (selection marks, rules) peeking round the box read as noise.
        for y in 1..<max(1, size.height - 1) { grid.write("", x: 0, y: y, width: size.width, fill: .normal) }
        grid.write(
            Styled.chars("┌", .focusedBorder) + Styled.chars(title, .focusedTitle), x: box.x, y: box.y, width: w - 1,
            fill: nil)
        let used = min(w - 1, 1 + TextWidth.of(title))
        if used < w - 1 {
            grid.write(
                String(repeating: "─", count: w - 1 - used), x: box.x + used, y: box.y, width: w - 1 - used,
                style: .focusedBorder)
        }
        grid.write("┐", x: box.x + w - 1, y: box.y, width: 1, style: .focusedBorder)
        for y in (box.y + 1)..<(box.y + box.height - 1) {
            grid.write("│", x: box.x, y: y, width: 1, style: .focusedBorder)
            grid.write("│", x: box.x + w - 1, y: y, width: 1, style: .focusedBorder)
        }
        let bottom = box.y + box.height - 1
        let position = TextWidth.of(position) > w - 4 ? "" : position
        let rule = max(0, w - 3 - TextWidth.of(position))
        grid.write(
            "└" + String(repeating: "─", count: rule), x: box.x, y: bottom, width: 1 + rule, style: .focusedBorder)
        if !position.isEmpty {
            grid.write(position, x: box.x + 1 + rule, y: bottom, width: TextWidth.of(position), style: .focusedTitle)
        }
        grid.write("─┘", x: box.x + w - 2, y: bottom, width: 2, style: .focusedBorder)
    }
}
