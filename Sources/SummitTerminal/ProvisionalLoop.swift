import SummitModel
import SummitUI

// TEMPORARY: stands in for SummitUI's ExplorerLoop until the ui branch is merged, so the terminal
// backend (signals, restore, resize, start-up checks) can be exercised end to end. Delete on merge.
struct ProvisionalLoop {
    let index: DatasetIndex

    func run(on screen: any Screen) -> Int32 {
        while true {
            screen.paint(render(size: screen.size))
            switch screen.nextEvent() {
            case .key(.character("q")), .key(.control("c")): return 0
            case .key(.control("z")): screen.suspend()
            case .hangup, .terminate: return 0
            default: continue
            }
        }
    }

    private func render(size: Size) -> CellGrid {
        var grid = CellGrid(size: size)
        let kinds: [(String, RecordKind)] = [("Pillars", .pillar), ("Positions", .actor), ("Quotes", .quote)]
        let width = size.width / 3
        for (column, (title, kind)) in kinds.enumerated() {
            write(&grid, x: column * width, y: 0, TextWidth.fit(title, to: width), style: .title)
            for (row, ref) in index.refs(of: kind).prefix(max(0, size.height - 1)).enumerated() {
                let text = SafeText.line(index.summary(of: ref)?.title ?? ref.id)
                write(&grid, x: column * width, y: row + 1, TextWidth.fit(text, to: width - 1), style: .normal)
            }
        }
        return grid
    }

    private func write(_ grid: inout CellGrid, x: Int, y: Int, _ text: String, style: Style) {
        var column = x
        for character in text {
            let width = TextWidth.of(character)
            grid[column, y] = Cell(character, style: style)
            if width == 2 { grid[column + 1, y] = Cell(" ", style: style, isContinuation: true) }
            column += max(1, width)
        }
    }
}
