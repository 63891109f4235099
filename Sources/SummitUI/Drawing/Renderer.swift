import SummitModel

/// render(state, index) → CellGrid. Pure: the same state always gives the same screen.
public enum Renderer {
    public static func render(_ state: ExplorerState, _ index: DatasetIndex, keyMap: KeyMap = .standard) -> CellGrid {
        var grid = CellGrid(size: state.size)
        let layout = Layout(size: grid.size, focus: state.focus)
        if layout.shape == .tooSmall {
            TooSmall.render(&grid)
            return grid
        }
        if case .source(let subject, let scroll) = state.mode {
            let s = index.dataset.source
            HeaderBar.render(&grid, state, index, title: "Source: \(s.title) — \(s.author), \(s.outlet)")
            SourcePane.render(&grid, state, index, rect: layout.body, subject: subject, scroll: scroll)
        } else {
            HeaderBar.render(&grid, state, index, title: "summit · " + index.dataset.title)
            if let bar = layout.tabBar { TabBar.render(&grid, layout, rect: bar) }
            if let d = layout.divider {
                for y in d.y..<(d.y + d.height) { grid.write("│", x: d.x, y: y, width: 1, style: .border) }
            }
            for (pane, rect) in layout.panes.sorted(by: { $0.key.number < $1.key.number }) {
                PaneRegistry.renderers[pane]?(&grid, PaneContext(state: state, index: index, layout: layout, rect: rect, pane: pane, keyMap: keyMap))
            }
        }
        StatusBar.render(&grid, state, index, keyMap: keyMap)
        if case .help(let scroll) = state.mode { HelpOverlay.render(&grid, state.helpBox(keyMap), scroll: scroll) }
        return grid
    }
}
