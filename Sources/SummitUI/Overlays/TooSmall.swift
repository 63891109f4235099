import SummitModel

/// Below the minimum size: only a clear message, wrapped into whatever room there is.
enum TooSmall {
    static func message(_ size: Size) -> String {
        "terminal too small: need \(Layout.minimum.width)x\(Layout.minimum.height), have \(size.width)x\(size.height)"
    }

    static func render(_ grid: inout CellGrid) {
        let size = grid.size
        guard size.width > 0, size.height > 0 else { return }
        let lines = TextWidth.wrap(message(size), to: size.width)
        let top = max(0, (size.height - lines.count) / 2)
        for (i, line) in lines.prefix(size.height).enumerated() {
            grid.write(line, x: 0, y: top + i, width: size.width, style: .error)
        }
    }
}
