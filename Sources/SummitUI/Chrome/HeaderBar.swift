import SummitModel

/// Top line: the dataset title on the left, the filter chips on the right (chips win when space is short).
enum HeaderBar {
    static func render(_ grid: inout CellGrid, _ state: ExplorerState, _ index: DatasetIndex, title: String) {
        let w = grid.size.width
        grid.write("", x: 0, y: 0, width: w, fill: .header)
        let shelf = chipShelf(state, index, width: w)
        var chips: [StyledChar] = []
        if shelf.hidden > 0 { chips = Styled.chars(" +\(shelf.hidden)", .chip) }
        for place in shelf.places {
            // The chip a click offered to remove is drawn selected.
            let style: Style = place.chip == state.offeredChip ? .selected : .chip
            chips += Styled.chars(" ", .header) + Styled.chars(place.text, style)
        }
        let chipWidth = min(TextWidth.of(String(chips.map(\.character))), shelf.room)
        grid.write(Styled.chars(" " + title, .header), x: 0, y: 0, width: w - chipWidth, fill: .header)
        if chipWidth > 0 { grid.write(chips, x: w - chipWidth, y: 0, width: chipWidth) }
    }

    /// Where a chip stands on the header line: its index in `state.chips`, its first column and its text.
    struct ChipPlace: Equatable {
        var chip: Int
        var x: Int
        var text: String
        var width: Int { TextWidth.of(text) }
    }

    /// The chips shown, left to right, and how many of the oldest gave way to a "+N" count. The newest chips
    /// matter most. One computation for drawing and for clicks, so a click lands on the chip drawn there.
    static func chipShelf(_ state: ExplorerState, _ index: DatasetIndex, width w: Int) -> (
        places: [ChipPlace], hidden: Int, room: Int
    ) {
        let room = max(0, w - 12)
        var texts: [(Int, String)] = []
        var used = 0
        var hidden = 0
        for (n, chip) in state.chips.enumerated().reversed() {
            let text = "[" + chip.label(index) + "]"
            let more = n > 0 ? 4 : 0
            if used + 1 + TextWidth.of(text) + more > room {
                hidden = n + 1
                break
            }
            used += 1 + TextWidth.of(text)
            texts.insert((n, text), at: 0)
        }
        let total = min(used + (hidden > 0 ? 2 + String(hidden).count : 0), room)
        var x = w - total + (hidden > 0 ? 2 + String(hidden).count : 0)
        var places: [ChipPlace] = []
        for (n, text) in texts {
            places.append(ChipPlace(chip: n, x: x + 1, text: text))
            x += 1 + TextWidth.of(text)
        }
        return (places, hidden, room)
    }

    /// The chip drawn at column `x` of the header line, if any.
    static func chip(at x: Int, _ state: ExplorerState, _ index: DatasetIndex, width: Int) -> Int? {
        chipShelf(state, index, width: width).places.first { x >= $0.x && x < $0.x + $0.width }?.chip
    }
}
