import SummitModel

/// Top line: the dataset title on the left, the filter chips on the right (chips win when space is short).
enum HeaderBar {
    static func render(_ grid: inout CellGrid, _ state: ExplorerState, _ index: DatasetIndex, title: String) {
        let w = grid.size.width
        grid.write("", x: 0, y: 0, width: w, fill: .header)
        var chips: [StyledChar] = []
        for chip in state.chips {
            chips += Styled.chars(" ", .header) + Styled.chars("[" + chip.label(index) + "]", .chip)
        }
        let chipWidth = min(TextWidth.of(String(chips.map(\.character))), max(0, w - 12))
        grid.write(Styled.chars(" " + title, .header), x: 0, y: 0, width: w - chipWidth, fill: .header)
        if chipWidth > 0 { grid.write(chips, x: w - chipWidth, y: 0, width: chipWidth) }
    }
}
