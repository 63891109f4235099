import SummitModel

/// The help box, generated from the binding table, drawn over the panes.
enum HelpOverlay {
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
                    out.append(
                        Styled.chars(TextWidth.fit(b.keyLabel, to: keyColumn), .key) + Styled.chars(" ", .normal)
                            + (desc.first ?? []))
                    desc.removeFirst()
                }
                for more in desc { out.append(indent + more) }
            }
        }
        return out
    }

    /// " — Esc or ? closes, j/k scroll", from the keys the table gives those commands in help.
    static func hint(_ keyMap: KeyMap, scrolls: Bool) -> String {
        let close = [keyMap.label(of: .back, in: .help), keyMap.label(of: .help, in: .help)].compactMap { $0 }
        var parts = close.isEmpty ? [] : [close.joined(separator: " or ") + " closes"]
        if scrolls, let down = keyMap.label(of: .moveDown, in: .help, preferCharacter: true),
            let up = keyMap.label(of: .moveUp, in: .help, preferCharacter: true)
        {
            parts.append("\(down)/\(up) scroll")
        }
        return parts.isEmpty ? "" : " — " + parts.joined(separator: ", ")
    }

    static func render(_ grid: inout CellGrid, _ help: HelpBox, scroll: Int) {
        guard let box = help.box else { return }
        let lines = help.lines
        let w = box.width
        let inner = help.rows
        let scrolls = lines.count > inner
        let top = scrollTop(scroll, count: lines.count, rows: inner)
        let title = " Keys" + Self.hint(help.keyMap, scrolls: scrolls && w >= 40) + " "
        // Where the view is in the text, so a scrolled box says there is more above or below.
        OverlayFrame.draw(
            &grid, box: box, title: title, position: scrolls ? " \(top + 1)–\(top + inner)/\(lines.count) " : "")
        for i in 0..<inner {
            let line = top + i < lines.count ? lines[top + i] : []
            grid.write(Styled.chars(" ", .normal) + line, x: box.x + 1, y: box.y + 1 + i, width: w - 2, fill: .normal)
        }
    }
}
