import Testing
@testable import SummitUI

/// The chart the explorer and the slides share: bars on one scale from zero, ranges as ranges, an ASCII fallback.
@Suite struct BarChartTests {
    /// The three troop figures the article compares.
    let troops = BarChart([
        BarChart.Bar(label: "Force experts estimate", low: 50_000, high: 100_000, amount: "50,000–100,000 troops"),
        BarChart.Bar(label: "British army", low: 70_000, amount: "just over 70,000 full-time personnel", emphasized: true),
        BarChart.Bar(label: "French division", low: 10_000, high: 20_000, amount: "10,000–20,000 troops"),
    ])

    func text(_ lines: [[StyledChar]]) -> String {
        lines.map { String($0.map(\.character)) }.joined(separator: "\n")
    }

    @Test func blocksAreProportionalAndRangesShaded() {
        #expect(text(troops.lines(width: 40, glyphs: .blocks)) == """
            50,000–100,000 troops  Force experts estimate
            ████████████████████░░░░░░░░░░░░░░░░░░░░
            just over 70,000 full-time personnel  British army
            ████████████████████████████
            10,000–20,000 troops  French division
            ████░░░░
            """)
    }

    @Test func partialCellsUseEighthBlocks() {
        // 1/3 of 10 cells is 3 cells and 3 eighths (26.67 eighths round to 27).
        let chart = BarChart([BarChart.Bar(label: "a", low: 1, amount: "1"), BarChart.Bar(label: "b", low: 3, amount: "3")])
        #expect(text(chart.lines(width: 10, glyphs: .blocks)) == "1  a\n███▍\n3  b\n██████████")
    }

    @Test func asciiFallbackUsesHashesAndDashes() {
        #expect(text(troops.lines(width: 20, glyphs: .ascii)) == """
            50,000–100,000 troops  Force experts estimate
            ##########----------
            just over 70,000 full-time personnel  British army
            ##############
            10,000–20,000 troops  French division
            ##--
            """)
        let all = troops.lines(width: 20, glyphs: .ascii).flatMap { $0 }.filter { $0.style == .chartBar || $0.style == .chartRange }
        #expect(all.allSatisfy { $0.character.isASCII })
    }

    @Test func styleTellsSolidFromRangeAndEmphasisFromTheRest() {
        let lines = troops.lines(width: 40, glyphs: .blocks)
        #expect(lines[1].prefix(20).allSatisfy { $0.style == .chartBar })
        #expect(lines[1].dropFirst(20).allSatisfy { $0.style == .chartRange })
        #expect(lines[0].first?.style == .title)
        #expect(lines[0].last?.style == .normal)
        #expect(lines[2].last?.style == .title)
    }

    @Test func aTinyAmountIsStillVisibleAndNothingPassesTheWidth() {
        let chart = BarChart([BarChart.Bar(label: "tiny", low: 1, amount: "1"), BarChart.Bar(label: "huge", low: 1_000_000, amount: "1,000,000")])
        for width in [1, 2, 7, 80] {
            let lines = chart.lines(width: width, glyphs: .blocks)
            #expect(lines[1].map(\.character) == ["▏"], "width \(width)")
            #expect(lines[3].count == width, "width \(width)")
            #expect(chart.lines(width: width, glyphs: .ascii)[1].map(\.character) == ["#"])
        }
        #expect(chart.lines(width: 0, glyphs: .blocks).isEmpty)
    }

    @Test func nothingToScaleDrawsNoBars() {
        let chart = BarChart([BarChart.Bar(label: "none", low: 0, amount: "0"), BarChart.Bar(label: "odd", low: .nan, amount: "?")])
        #expect(text(chart.lines(width: 10, glyphs: .blocks)) == "0  none\n\n?  odd\n")
    }

    @Test func labelsPassTheSafetyRule() {
        let chart = BarChart([BarChart.Bar(label: "evil\u{1B}[31m", low: 1, amount: "1\u{9B}2")])
        let chars = chart.lines(width: 10, glyphs: .blocks)[0].map(\.character)
        #expect(!chars.contains("\u{1B}") && !chars.contains("\u{9B}"))
    }
}
