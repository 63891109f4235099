import SummitModel

/// The explorer's screen while a large dataset loads: the file's name, a bar of the whole load, and the line
/// "412,000 of ~1,000,000 records · 41% · about 3 s left". Pure, drawn into a `CellGrid` like every other
/// screen; the bar is a `BarChart` bar (solid to the part done, shaded to the end), so it degrades to ASCII
/// with the charts.
public enum LoadingScreen {
    public static func render(
        name: String, estimate: LoadEstimate, size: Size, glyphs: BarChart.Glyphs = .blocks, quitKey: String = "q"
    ) -> CellGrid {
        var grid = CellGrid(size: size)
        let width = size.width
        guard width > 0, size.height > 0 else { return grid }
        grid.write(" summit", x: 0, y: 0, width: width, style: .header, fill: .header)
        let margin = width >= 40 ? 2 : 0
        let room = max(1, min(width - 2 * margin, 72))
        // The name comes from the command line: SafeName keeps control characters from reaching the terminal.
        var lines: [[StyledChar]] = [Styled.chars("Loading " + SafeName.quoted(name), .title), []]
        let bar = BarChart.Bar(
            label: estimate.phaseName, low: estimate.fraction, high: 1, amount: "\(estimate.percent)%")
        lines += BarChart([bar]).lines(width: room, glyphs: glyphs)
        // Parts joined by " · " while they fit, so a narrow screen breaks between them, not inside one.
        var text: [String] = []
        for part in estimate.parts {
            if let last = text.last, TextWidth.of(last + " · " + part) <= room {
                text[text.count - 1] = last + " · " + part
            } else {
                text.append(part)
            }
        }
        lines += text.map { Styled.chars($0, .normal) }
        lines += [[], Styled.chars("\(quitKey) quits", .dim)]
        let top = max(1, 1 + (size.height - 1 - lines.count) / 2)
        for (row, line) in lines.enumerated() where top + row < size.height {
            grid.write(line, x: margin, y: top + row, width: room)
        }
        return grid
    }
}
