import SummitModel

/// The frequency table drawn over the panes: one row per value, its count right-aligned, most first.
enum FacetOverlay {
    static func render(_ grid: inout CellGrid, _ state: ExplorerState, _ table: FacetTable, _ index: DatasetIndex) {
        let size = grid.size
        let rows = table.rows(state, index)
        let total = table.pane == .pillars ? 0 : state.rows(of: table.pane, index).count
        let w = size.width < 60 ? size.width : min(size.width - 2, 70)
        let inner = max(1, min(size.height - 4, max(1, rows.count)))
        let h = inner + 2
        guard w >= 10, size.height >= 5 else { return }
        let box = Rect(x: (size.width - w) / 2, y: max(1, (size.height - h) / 2), width: w, height: h)
        let numberWidth = String(rows.first?.count ?? 0).count
        let selected = min(table.selected, max(0, rows.count - 1))
        let top = visibleScroll(selected: selected, wanted: 0, count: rows.count, rows: inner)
        let title = " Counts: " + table.subject(total) + " — Enter filters, Esc closes "
        OverlayFrame.draw(
            &grid, box: box, title: title, position: rows.count > inner ? " \(selected + 1)/\(rows.count) " : "")
        for i in 0..<inner {
            let y = box.y + 1 + i
            var line: [StyledChar] = []
            var fill: Style = .normal
            if rows.isEmpty, i == 0 {
                line = Styled.chars(" nothing to count under the filters", .dim)
            } else if top + i < rows.count {
                let row = rows[top + i]
                let isSelected = top + i == selected
                fill = isSelected ? .selected : .normal
                let number = String(repeating: " ", count: numberWidth - String(row.count).count) + String(row.count)
                line =
                    Styled.chars(isSelected ? "›" : " ", fill) + Styled.chars(number, isSelected ? .selected : .title)
                    + Styled.chars("  " + table.label(row.value, index), fill)
            }
            grid.write(line, x: box.x + 1, y: y, width: w - 2, fill: fill)
        }
    }
}
