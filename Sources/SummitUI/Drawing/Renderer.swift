import SummitModel

/// render(state, index) → CellGrid. Pure: the same state always gives the same screen.
public enum Renderer {
    public static func render(_ state: ExplorerState, _ index: DatasetIndex, keyMap: KeyMap = .standard) -> CellGrid {
        var grid = CellGrid(size: state.size)
        // Slides have no chrome: the presentation draws the whole screen, help and all.
        if case .present(let p) = state.mode {
            SlideRenderer.render(&grid, p, index, message: state.message)
            return grid
        }
        if case .help(let scroll) = state.mode, case .present(let p) = state.modeUnderHelp {
            SlideRenderer.render(&grid, p, index, message: nil)
            HelpOverlay.render(&grid, state.helpBox(keyMap), scroll: scroll)
            return grid
        }
        let layout = state.layout
        if layout.shape == .tooSmall {
            TooSmall.render(&grid)
            return grid
        }
        if let (subject, scroll) = state.mode.article {
            let s = index.dataset.source
            HeaderBar.render(&grid, state, index, title: "Source: \(s.title) — \(s.author), \(s.outlet)")
            SourcePane.render(&grid, state, index, rect: layout.body, subject: subject, scroll: scroll)
        } else {
            if !layout.zoomed { HeaderBar.render(&grid, state, index, title: "summit · " + index.dataset.title) }
            if let bar = layout.tabBar { TabBar.render(&grid, layout, rect: bar) }
            if let d = layout.divider {
                for y in d.y..<(d.y + d.height) { grid.write("│", x: d.x, y: y, width: 1, style: .border) }
            }
            for (pane, rect) in layout.panes.sorted(by: { $0.key.number < $1.key.number }) {
                PaneRegistry.renderers[pane]?(
                    &grid,
                    PaneContext(state: state, index: index, layout: layout, rect: rect, pane: pane, keyMap: keyMap))
            }
        }
        if !layout.zoomed { StatusBar.render(&grid, state, index, keyMap: keyMap) }
        if case .help(let scroll) = state.mode { HelpOverlay.render(&grid, state.helpBox(keyMap), scroll: scroll) }
        if case .counts(let table) = state.mode { FacetOverlay.render(&grid, state, table, index) }
        return grid
    }
}
