/// A horizontal bar chart of amounts on one scale from zero: each bar is a line with its amount as printed and its
/// label, then the bar across the whole width. A range is drawn solid to its low end and shaded to its high end.
/// Pure and standalone (no state, no dataset), so the explorer and the briefing slides draw the same chart.
public struct BarChart: Hashable, Sendable {
    /// One amount to draw.
    public struct Bar: Hashable, Sendable {
        /// What the amount measures.
        public var label: String
        /// The amount, or the low end of a range.
        public var low: Double
        /// The high end of a range, if the amount is one.
        public var high: Double?
        /// The amount as printed, qualifier and unit included ("just over 70,000 full-time personnel").
        public var amount: String
        /// Drawn stronger than the others (e.g. the selected record).
        public var emphasized: Bool

        public init(label: String, low: Double, high: Double? = nil, amount: String, emphasized: Bool = false) {
            self.label = label; self.low = low; self.high = high; self.amount = amount; self.emphasized = emphasized
        }
    }

    /// Block characters with eighth-cell precision, or ASCII for a terminal whose locale has no UTF-8.
    public enum Glyphs: Hashable, Sendable {
        case blocks, ascii

        /// What the solid part of a bar is drawn with when it fills a whole cell.
        var full: Character { self == .blocks ? "█" : "#" }
        /// What the part between a range's low and high ends is drawn with.
        var range: Character { self == .blocks ? "░" : "-" }
    }

    public var bars: [Bar]

    public init(_ bars: [Bar]) { self.bars = bars }

    /// Eighths of a cell, from one to seven: the partial blocks that end a bar between cells.
    private static let eighths: [Character] = ["▏", "▎", "▍", "▌", "▋", "▊", "▉"]

    /// Two lines per bar, `width` columns at most: "amount  label", then the bar. Text that does not fit is cut by
    /// the grid's writer. All bars share one scale, from zero to the largest high end; a positive amount is never
    /// drawn as nothing.
    public func lines(width: Int, glyphs: Glyphs) -> [[StyledChar]] {
        guard width > 0 else { return [] }
        let top = bars.map { max($0.low, $0.high ?? $0.low) }.max() ?? 0
        var out: [[StyledChar]] = []
        for bar in bars {
            var caption = Styled.chars(bar.amount, .title)
            caption += Styled.chars("  " + bar.label, bar.emphasized ? .title : .normal)
            out.append(caption)
            out.append(cells(of: bar, top: top, width: width, glyphs: glyphs))
        }
        return out
    }

    /// The bar itself, at most `width` cells.
    private func cells(of bar: Bar, top: Double, width: Int, glyphs: Glyphs) -> [StyledChar] {
        guard top > 0, top.isFinite else { return [] }
        func eighthsOf(_ value: Double) -> Int {
            guard value.isFinite, value > 0 else { return 0 }
            return min(width * 8, Int((value / top * Double(width * 8)).rounded()))
        }
        var low = eighthsOf(bar.low)
        if low == 0, bar.low > 0 { low = 1 }
        var line: [StyledChar] = []
        switch glyphs {
        case .blocks:
            line += Array(repeating: StyledChar(glyphs.full, .chartBar), count: low / 8)
            if low % 8 > 0 { line.append(StyledChar(Self.eighths[low % 8 - 1], .chartBar)) }
        case .ascii:
            line += Array(repeating: StyledChar(glyphs.full, .chartBar), count: max(low > 0 ? 1 : 0, (low + 4) / 8))
        }
        if let high = bar.high, high > bar.low {
            let end = min(width, max(line.count + 1, (eighthsOf(high) + 4) / 8))
            line += Array(repeating: StyledChar(glyphs.range, .chartRange), count: end - line.count)
        }
        return line
    }
}
