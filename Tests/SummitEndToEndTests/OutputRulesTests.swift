import Testing

@testable import SummitCommands

/// The rules behind the lookups' output, checked in-process where a subprocess cannot reach them (a terminal's width).
@Suite("output rules: whose width, formula protection, TSV escapes")
struct OutputRulesTests {
    @Test("--width first, then COLUMNS, then the terminal, then 80; 0 means no wrapping; never below 20")
    func widthPrecedence() {
        #expect(Console.width(flag: 50, columns: "70", terminal: 90) == 50)
        #expect(Console.width(flag: 0, columns: "70", terminal: 90) == nil)
        #expect(Console.width(flag: nil, columns: "70", terminal: 90) == 70)
        #expect(Console.width(flag: nil, columns: " 70 ", terminal: 90) == 70)
        #expect(Console.width(flag: nil, columns: "0", terminal: 90) == 90, "COLUMNS=0 says nothing")
        #expect(Console.width(flag: nil, columns: "abc", terminal: 90) == 90)
        #expect(Console.width(flag: nil, columns: nil, terminal: 33) == 33, "a phone-sized terminal is honoured")
        #expect(Console.width(flag: nil, columns: nil, terminal: nil) == 80)
        #expect(Console.width(flag: 5, columns: nil, terminal: nil) == Console.narrowest)
    }

    @Test("a cell a spreadsheet would run as a formula gets a quote; plain numbers and other text do not")
    func formulas() {
        for cell in ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "-", "=", "-abc"] {
            #expect(DelimitedTable.protected(cell) == "'" + cell, "\(cell)")
        }
        for cell in ["-3", "+4", "2.5", "-0.25", "70000", "plain", "", "a=b", "’quoted’"] {
            #expect(DelimitedTable.protected(cell) == cell, "\(cell)")
        }
        #expect(
            DelimitedTable.protected("\u{1B}[31m=x") == "\u{241B}[31m=x", "control characters shown, as in plain output"
        )
        #expect(DelimitedTable.protected("=a\u{9B}") == "'=a⟨U+009B⟩")
    }

    @Test("CSV quotes every field and doubles quotes; TSV escapes backslash, tab, line feed and CR")
    func escapes() {
        var table = DelimitedTable(header: ["a", "b"])
        table.append(["say \"hi\", then", "two\nlines"])
        #expect(table.text(.csv) == "\"a\",\"b\"\r\n\"say \"\"hi\"\", then\",\"two\nlines\"\r\n")
        var tsv = DelimitedTable(header: ["a"])
        tsv.append(["back\\slash\ttab\nline"])
        #expect(
            tsv.text(.tsv) == "a\nback\\\\slash\u{2409}tab\\nline\n",
            "a tab in dataset text is shown as ␉, as in plain output")
    }
}
