import SummitModel

/// Which figures a figure's chart compares it with: those that count the same thing, so a bar's length means
/// something beside the others. Two figures count the same thing when their units end in the same word, and
/// troops, soldiers and personnel all count people under arms (the article sets a force estimate in troops
/// against armies counted in full-time personnel). Kilometers never stand beside nations.
enum FigureComparison {
    /// At most this many bars: a chart taller than a screen compares nothing.
    static let barsShown = 8

    /// The measure a unit counts: its last word, with the words for people under arms made one.
    static func measure(_ unit: String) -> String {
        let word = unit.split(separator: " ").last.map { $0.lowercased() } ?? ""
        return ["troops", "soldiers", "personnel"].contains(word) ? "people under arms" : word
    }

    /// The figures that compare with `figure`, in dataset order, itself included; empty when none other does.
    /// One pass over the figures; past `barsShown`, the ones nearest the figure in dataset order are kept.
    static func figures(comparableTo figure: Figure, _ index: DatasetIndex) -> [Figure] {
        let wanted = measure(figure.unit)
        let all = index.dataset.figures.filter { measure($0.unit) == wanted && $0.value.isFinite }
        guard all.count > 1, let at = all.firstIndex(where: { $0.id == figure.id }) else { return [] }
        let start = max(0, min(at - barsShown / 2, all.count - barsShown))
        return Array(all[start..<min(all.count, start + barsShown)])
    }

    /// The notes about the figures charted beside `figure`, each once, in the order of the bars.
    static func notes(onChartOf figure: Figure, _ index: DatasetIndex) -> [Note] {
        var seen = Set<String>()
        var out: [Note] = []
        for other in figures(comparableTo: figure, index) where other.id != figure.id {
            for note in index.notes(about: other.id) where seen.insert(note.id).inserted { out.append(note) }
        }
        return out
    }

    /// The chart of those figures, `figure` emphasized; nil when nothing compares with it.
    static func chart(for figure: Figure, _ index: DatasetIndex) -> BarChart? {
        let figures = figures(comparableTo: figure, index)
        guard !figures.isEmpty else { return nil }
        return BarChart(figures.map { BarChart.Bar(figure: $0, emphasized: $0.id == figure.id) })
    }
}

extension BarChart.Bar {
    /// A figure's bar: its label, its amount or range, and its amount as printed.
    public init(figure: Figure, emphasized: Bool = false) {
        self.init(
            label: figure.label, low: figure.value, high: figure.upper, amount: figure.printedAmount,
            emphasized: emphasized)
    }
}
