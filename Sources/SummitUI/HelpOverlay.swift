/// The help box, generated from the binding table, drawn over the panes.
enum HelpOverlay {
    static func lines(_ keyMap: KeyMap, keyColumn: Int = 16) -> [[StyledChar]] {
        var out: [[StyledChar]] = []
        for mode in ModeKind.allCases {
            let rows = keyMap.bindings.filter { $0.modes.first == mode }
            guard !rows.isEmpty else { continue }
            if !out.isEmpty { out.append([]) }
            out.append(Styled.chars(mode.heading, .title))
            for b in rows {
                out.append(Styled.chars(TextWidth.fit(b.keyLabel, to: keyColumn), .key) + Styled.chars(" " + b.help, .normal))
            }
        }
        return out
    }

    static func render(_ grid: inout CellGrid, keyMap: KeyMap, scroll: Int) {
        let size = grid.size
        // Narrow terminals get the whole width (nothing half-covered at the edges) and a narrower key column.
        let w = size.width < 60 ? size.width : min(size.width - 2, 78)
        let lines = lines(keyMap, keyColumn: min(16, w / 3))
        let h = min(size.height - 2, lines.count + 2)
        guard w >= 10, h >= 3 else { return }
        // Blank the panes behind: their edges (selection marks, rules) peeking round the box read as noise.
        for y in 1..<max(1, size.height - 1) { grid.write("", x: 0, y: y, width: size.width, fill: .normal) }
        let box = Rect(x: (size.width - w) / 2, y: (size.height - h) / 2, width: w, height: h)
        let inner = h - 2
        let top = min(max(0, scroll), max(0, lines.count - inner))
        let title = " Keys — Esc or ? closes" + (lines.count > inner && w >= 40 ? ", j/k scroll " : " ")
        grid.write(Styled.chars("┌", .focusedBorder) + Styled.chars(title, .focusedTitle), x: box.x, y: box.y, width: w - 1, fill: nil)
        let used = 1 + TextWidth.of(title)
        if used < w - 1 { grid.write(String(repeating: "─", count: w - 1 - used), x: box.x + used, y: box.y, width: w - 1 - used, style: .focusedBorder) }
        grid.write("┐", x: box.x + w - 1, y: box.y, width: 1, style: .focusedBorder)
        for i in 0..<inner {
            let y = box.y + 1 + i
            grid.write("│", x: box.x, y: y, width: 1, style: .focusedBorder)
            let line = top + i < lines.count ? lines[top + i] : []
            grid.write(Styled.chars(" ", .normal) + line, x: box.x + 1, y: y, width: w - 2, fill: .normal)
            grid.write("│", x: box.x + w - 1, y: y, width: 1, style: .focusedBorder)
        }
        grid.write("└" + String(repeating: "─", count: w - 2) + "┘", x: box.x, y: box.y + h - 1, width: w, style: .focusedBorder)
    }
}
