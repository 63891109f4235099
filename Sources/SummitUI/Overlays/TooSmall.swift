import SummitModel

/// Below the minimum size: only a clear message, wrapped into whatever room there is.
enum TooSmall {
    static func message(_ size: Size, need: Size = Layout.minimum) -> String {
        "terminal too small: need \(need.width)x\(need.height), have \(size.width)x\(size.height)"
    }

    static func render(_ grid: inout CellGrid, need: Size = Layout.minimum) {
        let size = grid.size
        guard size.width > 0, size.height > 0 else { return }
        let lines = TextWidth.wrap(message(size, need: need), to: size.width)
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.prefix(size.height).enumerated() {
            grid.write(line, x: 0, y: top + i, width: size.width, style: .error)
        }
    }
}
