import SummitModel

/// The help box, generated from the binding table, drawn over the panes.
enum HelpOverlay {
    /// Where the box goes at a terminal size: its rectangle and the text it holds.
    struct Geometry {
        let box: Rect
        /// The help text wrapped to fit the box (what the arrows scroll through).
        let lines: [[StyledChar]]
        var rows: Int { max(0, box.height - 2) }
    }

    static func geometry(_ size: Size, _ keyMap: KeyMap) -> Geometry? {
        // Narrow terminals get the whole width (nothing half-covered at the edges) and a narrower key column.
        let w = size.width < 60 ? size.width : min(size.width - 2, 78)
        let longestKey = keyMap.bindings.map { TextWidth.of($0.keyLabel) }.max() ?? 0
        // Room for the usual key names ("Shift-Tab", "Backspace"); a longer one gets a line of its own.
        let keyColumn = min(longestKey, 16, max(9, w / 4))
        // The box is as tall as its text allows, so the text is wrapped here once and kept with the box.
        let text = lines(keyMap, keyColumn: keyColumn, width: max(1, w - 3))
        let h = min(size.height - 2, text.count + 2)
        guard w >= 10, h >= 3 else { return nil }
        return Geometry(box: Rect(x: (size.width - w) / 2, y: (size.height - h) / 2, width: w, height: h), lines: text)
    }

    /// The help text: a heading per mode, then one binding per entry, its description wrapped under
    /// itself (never cut) when `width` is too narrow for it on one line.
    static func lines(_ keyMap: KeyMap, keyColumn: Int = 16, width: Int = .max) -> [[StyledChar]] {
        var out: [[StyledChar]] = []
        let descWidth = max(8, width - keyColumn - 1)
        let indent = Styled.chars(String(repeating: " ", count: keyColumn + 1), .normal)
        for mode in ModeKind.allCases {
            let rows = keyMap.bindings.filter { $0.modes.first == mode }
            guard !rows.isEmpty else { continue }
            if !out.isEmpty { out.append([]) }
            out.append(Styled.chars(mode.heading, .title))
            for b in rows {
                var desc = Styled.wrap(Styled.chars(b.help, .normal), to: descWidth)
                if TextWidth.of(b.keyLabel) > keyColumn {
                    out += Styled.wrap(Styled.chars(b.keyLabel, .key), to: max(1, width))
                } else {
                    out.append(Styled.chars(TextWidth.fit(b.keyLabel, to: keyColumn), .key) + Styled.chars(" ", .normal) + (desc.first ?? []))
                    desc.removeFirst()
                }
                for more in desc { out.append(indent + more) }
            }
        }
        return out
    }

    /// The lines at a terminal size (what the arrows scroll through).
    static func lines(_ keyMap: KeyMap, size: Size) -> [[StyledChar]] {
        geometry(size, keyMap)?.lines ?? []
    }

    /// The largest useful scroll at a terminal size: the last line at the bottom of the box.
    static func maxScroll(_ keyMap: KeyMap, size: Size) -> Int {
        guard let g = geometry(size, keyMap) else { return 0 }
        return max(0, g.lines.count - g.rows)
    }

    static func render(_ grid: inout CellGrid, keyMap: KeyMap, scroll: Int) {
        let size = grid.size
        guard let g = geometry(size, keyMap) else { return }
        let lines = g.lines
        let box = g.box, w = box.width, inner = g.rows
        // Blank the panes behind: their edges (selection marks, rules) peeking round the box read as noise.
        for y in 1..<max(1, size.height - 1) { grid.write("", x: 0, y: y, width: size.width, fill: .normal) }
        let scrolls = lines.count > inner
        let top = scrollTop(scroll, count: lines.count, rows: inner)
        let title = " Keys — Esc or ? closes" + (scrolls && w >= 40 ? ", j/k scroll " : " ")
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
        // Where the view is in the text, so a scrolled box says there is more above or below.
        let bottom = box.y + box.height - 1
        var position = scrolls ? " \(top + 1)–\(top + inner)/\(lines.count) " : ""
        if TextWidth.of(position) > w - 4 { position = "" }
        let rule = w - 3 - TextWidth.of(position)
        grid.write("└" + String(repeating: "─", count: rule), x: box.x, y: bottom, width: 1 + rule, style: .focusedBorder)
        if !position.isEmpty { grid.write(position, x: box.x + 1 + rule, y: bottom, width: TextWidth.of(position), style: .focusedTitle) }
        grid.write("─┘", x: box.x + w - 2, y: bottom, width: 2, style: .focusedBorder)
    }}
