import SummitModel

/// Top line: the dataset title on the left, the filter chips on the right (chips win when space is short).
enum HeaderBar {
    static func render(_ grid: inout CellGrid, _ state: ExplorerState, _ index: DatasetIndex, title: String) {
        let w = grid.size.width
        grid.write("", x: 0, y: 0, width: w, fill: .header)
        // The newest chips matter most: when they do not all fit, the oldest give way to a "+N" count.
        let room = max(0, w - 12)
        var chips: [StyledChar] = []
        var hidden = 0
        for (n, chip) in state.chips.enumerated().reversed() {
            let piece = Styled.chars(" ", .header) + Styled.chars("[" + chip.label(index) + "]", .chip)
            let more = n > 0 ? 4 : 0
            if TextWidth.of(String((piece + chips).map(\.character))) + more > room {
                hidden = n + 1
                break
            }
            chips = piece + chips
        }
        if hidden > 0 { chips = Styled.chars(" +\(hidden)", .chip) + chips }
        let chipWidth = min(TextWidth.of(String(chips.map(\.character))), room)
        grid.write(Styled.chars(" " + title, .header), x: 0, y: 0, width: w - chipWidth, fill: .header)
        if chipWidth > 0 { grid.write(chips, x: w - chipWidth, y: 0, width: chipWidth) }
    }
}
