import SummitModel

@testable import SummitUI

/// What must hold for every state the reducer produces.
enum StateCheck {
    static func problems(_ s: ExplorerState, _ index: DatasetIndex) -> [String] {
        var out: [String] = []
        let layout = s.layout
        for pane in PaneID.lists {
            let rows = s.rows(of: pane, index)
            let visible = layout.contentRows(pane)
            let selected = s.selectedRow(of: pane, rows: rows)
            if !rows.isEmpty && selected >= rows.count { out.append("\(pane): selection outside rows") }
            guard visible > 0, !rows.isEmpty else { continue }
            let top = s.scroll[pane] ?? 0
            if top < 0 || top > max(0, rows.count - visible) { out.append("\(pane): scroll \(top) out of range") }
            if selected < top || selected >= top + visible { out.append("\(pane): selection not visible") }
        }
        if (s.scroll[.detail] ?? 0) < 0 { out.append("detail scroll negative") }
        return out
    }
}
