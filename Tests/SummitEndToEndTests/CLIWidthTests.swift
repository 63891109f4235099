import Foundation
import SummitModel
import Testing

@Suite("summit lookups at any width: narrow terminals, COLUMNS, --width")
struct CLIWidthTests {
    static let widths = [30, 40, 60, 80, 120]

    /// `[poland ¶14]`, `[¶11]`, `[note-five-pillars ¶4]`, `[x ¶3–4]`: what a reader copies an id from.
    static func references(in text: String) -> [String] {
        text.matches(of: /\[[a-z0-9-]+(?: ¶[0-9–]+)?\]|\[¶[0-9–]+\]/).map { String(text[$0.range]) }
    }

    static func tokens(_ text: String) -> [Substring] { text.split(whereSeparator: { $0 == " " || $0 == "\n" }) }

    @Test(
        "every command at 30, 40, 60, 80 and 120 columns: no line too wide, no short token split, references whole",
        arguments: LookupCommands.all)
    func everyWidth(arguments: [String]) throws {
        let unwrapped = CLI.run(arguments + ["--width", "0"])
        #expect(unwrapped.status == 0, "\(arguments): \(unwrapped.err)")
        let whole = Set(Self.tokens(unwrapped.out))
        let allReferences = Self.references(in: unwrapped.out)
        #expect(
            !allReferences.isEmpty || [["validate"], ["source"]].contains(arguments),
            "\(arguments) prints references")
        for width in Self.widths {
            let result = CLI.run(arguments + ["--width", String(width)])
            #expect(result.status == 0, "\(arguments) at \(width): \(result.err)")
            for line in result.out.split(separator: "\n") {
                #expect(TextWidth.of(String(line)) <= width, "\(arguments) at \(width): too wide: \(line)")
            }
            // A token the unwrapped output does not hold is a piece of a split one; only tokens wider than the
            // page may be split.
            for token in Set(Self.tokens(result.out)) where !whole.contains(token) {
                let longer = whole.filter { TextWidth.of(String($0)) > width && $0.contains(token) }
                #expect(!longer.isEmpty, "\(arguments) at \(width): \(token) is a piece of a split word")
            }
            let fitting = allReferences.filter { TextWidth.of($0) <= width }
            #expect(Self.references(in: result.out) == fitting, "\(arguments) at \(width): a reference was split")
        }
    }

    @Test("a table too wide for the page stacks its rows: amount, then the description indented, then the reference")
    func figuresStack() {
        let narrow = CLI.run(["figures", "--width", "40"]).out
        #expect(!narrow.contains("WHAT IT MEASURES"), "no header once the rows are stacked")
        let lines = narrow.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "35 nations")
        #expect(lines[1].hasPrefix("  Nations in the coalition"))
        #expect(lines.contains("  [figure-coalition-nations ¶4]"))
        // At 30 columns the reference (29 wide) cannot take the whole indent: it takes what is left, not none.
        let thirty = CLI.run(["figures", "--width", "30"]).out.split(separator: "\n", omittingEmptySubsequences: false)
            .map(String.init)
        #expect(thirty.contains(" [figure-coalition-nations ¶4]"), "\(thirty.prefix(6))")
        #expect(!thirty.contains("[figure-coalition-nations ¶4]"))
        #expect(
            thirty.prefix(6) == [
                "35 nations", "  Nations in the coalition", "  (Coalition of the Willing)",
                " [figure-coalition-nations ¶4]",
                "", "26 members",
            ])
        let wide = CLI.run(["figures", "--width", "120"]).out
        #expect(wide.hasPrefix("AMOUNT"), "the table itself where it fits")
    }

    @Test("width comes from --width, then COLUMNS, then 80 when piped; --width 0 does not wrap")
    func precedence() {
        func longest(_ arguments: [String], columns: String? = nil) -> Int {
            var environment = CLI.environment
            environment["COLUMNS"] = columns
            let result = CLI.run(arguments, environment: environment)
            return result.out.split(separator: "\n").map { TextWidth.of(String($0)) }.max() ?? 0
        }
        // The heading puts the reference flush right, so the longest line is exactly the width used.
        let actor = ["actor", "poland"]
        #expect(longest(actor) == 80, "piped with no COLUMNS: 80")
        #expect(longest(actor, columns: "50") == 50, "COLUMNS is honoured when piped (an fzf preview)")
        #expect(longest(actor + ["--width", "60"], columns: "50") == 60, "--width beats COLUMNS")
        #expect(longest(actor, columns: "wide") == 80, "a COLUMNS that is not a number is ignored")
        #expect(longest(["quotes", "--width", "0"], columns: "50") > 120, "--width 0: one line per paragraph")
        let negative = CLI.run(["quotes", "--width", "-3"])
        #expect(negative.status == 2)
        #expect(negative.err.contains("--width"))
    }
}
