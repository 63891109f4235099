/// The tab line of the small-terminal layout: one pane at a time, the focused one marked.
enum TabBar {
    static func render(_ grid: inout CellGrid, _ state: ExplorerState, rect: Rect) {
        var chars: [StyledChar] = []
        for (pane, label) in Layout(size: state.size, focus: state.focus).tabLabels {
            if !chars.isEmpty { chars += Styled.chars(" ", .normal) }
            chars += Styled.chars(label, pane == state.focus ? .focusedTitle : .dim)
        }
        grid.write(chars, x: rect.x, y: rect.y, width: rect.width, fill: .normal)
    }
}
