/// The tab line of the small-terminal layout: one pane at a time, the focused one marked.
enum TabBar {
    static func render(_ grid: inout CellGrid, _ layout: Layout, rect: Rect) {
        var chars: [StyledChar] = []
        for (pane, label) in layout.tabLabels {
            if !chars.isEmpty { chars += Styled.chars(" ", .normal) }
            chars += Styled.chars(label, pane == layout.focus ? .focusedTitle : .dim)
        }
        grid.write(chars, x: rect.x, y: rect.y, width: rect.width, fill: .normal)
    }
}
