import SummitModel

/// The figures slide: amounts that count the same thing share one bar chart (the explorer's `BarChart`), so the
/// force estimate stands against the forces said to be available; an amount with nothing to compare it with is a
/// line of text. Units count the same thing when their last word does, and troops, personnel and soldiers are all
/// people under arms (decision 40).
enum FiguresChart {
    static func items(_ figures: [Figure], _ index: DatasetIndex, width: Int) -> [SlideItem] {
        var groups: [String: [Figure]] = [:]
        var order: [String] = []
        for figure in figures {
            let key = measure(figure.unit)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(figure)
        }
        var charted: [SlideItem] = []
        var single: [SlideItem] = []
        for key in order {
            let group = groups[key] ?? []
            guard group.count > 1 else {
                single += group.map { figure in
                    let line = Styled.chars(amount(figure, index), .title) + Styled.chars("  " + figure.label, .normal)
                    return SlideItem(lines: Styled.wrap(line, to: width), ref: figure.ref)
                }
                continue
            }
            let chart = BarChart(
                group.map { BarChart.Bar(label: $0.label, low: $0.value, high: $0.upper, amount: amount($0, index)) })
            let lines = chart.lines(width: width, glyphs: .blocks)
            // Two lines per bar, one item each, so a long chart splits between bars, never inside one.
            for (n, figure) in group.enumerated() where 2 * n + 1 < lines.count {
                charted.append(
                    SlideItem(lines: Styled.wrap(lines[2 * n], to: width) + [lines[2 * n + 1]], ref: figure.ref))
            }
            charted[charted.count - 1].lines.append([])
        }
        return charted + single
    }

    /// The amount as the article prints it: qualifier, number or range, unit ("just over 70,000 full-time personnel").
    static func amount(_ figure: Figure, _ index: DatasetIndex) -> String { figure.listing(index).detail }

    /// What a unit counts: its last word, with the words for people under arms made one.
    static func measure(_ unit: String) -> String {
        let last = String(DatasetIndex.fold(unit).split(separator: " ").last ?? "")
        return ["troops", "personnel", "soldiers", "troop", "soldier"].contains(last) ? "people under arms" : last
    }
}
