import Foundation
import Testing

@testable import SummitModel

@Suite struct LoaderSyntaxTests {
    @Test func missingColonNamesLineAndColumn() {
        let problems = LoaderFixture.problems("{\n  \"formatVersion\": 1,\n  \"title\" \"x\"\n}")
        #expect(problems.count == 1)
        #expect(problems.first?.message.hasPrefix("line 3, column 11:") == true)
        #expect(problems.first?.path == "$.title")
        #expect(problems.first?.fix.contains("\"name\": value") == true)
    }

    @Test func columnsCountCharactersNotBytes() {
        // "ü" is two bytes; the stray x is the 11th character of line 2 but its 12th byte.
        let problems = LoaderFixture.problems("{\n  \"tü\": 1 x}")
        #expect(problems.first?.message.hasPrefix("line 2, column 11:") == true)
    }

    @Test func trailingCommaIsExplained() {
        let problems = LoaderFixture.problems("{\"quotes\": [1, 2,]}")
        #expect(problems.first?.message.contains("trailing comma") == true)
        #expect(problems.first?.path == "$.quotes")
    }

    @Test func missingCommaBetweenMembers() {
        let problems = LoaderFixture.problems("{\"a\": 1\n \"b\": 2}")
        #expect(problems.first?.message.hasPrefix("line 2, column 2:") == true)
        #expect(problems.first?.fix.contains("comma") == true)
    }

    @Test func unclosedObjectPointsAtItsOpening() {
        let problems = LoaderFixture.problems("{\"source\": {\"title\": \"x\"")
        #expect(problems.first?.message.contains("ends inside the object opened at line 1, column 12") == true)
    }

    @Test func unclosedStringPointsAtItsQuote() {
        let problems = LoaderFixture.problems("{\"title\": \"abc")
        #expect(problems.first?.message.hasPrefix("line 1, column 11:") == true)
    }

    @Test(arguments: [
        ("{'title': 1}", "double quotes"),
        ("{\"a\": NaN}", "expected a value"),
        ("{\"a\": nul}", "'nul'"),
        ("{\"a\": 01}", "must not start with 0"),
        ("{\"a\": 1.}", "decimal point"),
        ("{\"a\": -}", "minus sign"),
        ("{\"a\": 1e}", "exponent"),
        ("{\"a\": \"\\x\"}", "not a JSON escape"),
        ("{\"a\": \"\\u12\"}", "four hex digits"),
        ("{\"a\": \"line\nbreak\"}", "raw control character"),
        ("{\"a\": 1} // note", "after the end"),
        ("{// note\n}", "comments"),
        ("{\"a\": 1}}", "after the end"),
    ])
    func malformedInputIsOneClearProblem(input: String, expected: String) {
        let problems = LoaderFixture.problems(input)
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains(expected) == true, "\(problems)")
        #expect(problems.first?.message.hasPrefix("line ") == true)
    }

    @Test func loneSurrogateEscapeIsReportedNotCrashed() {
        let problems = LoaderFixture.problems("{\"title\": \"a\\uD800b\"}")
        #expect(problems.first?.message.contains("surrogate") == true)
        let lowFirst = LoaderFixture.problems("{\"title\": \"\\uDC00\"}")
        #expect(lowFirst.first?.message.contains("surrogate") == true)
    }

    @Test func surrogatePairAndNulEscapesDecode() throws {
        let note = "a\u{0}b😀"
        let data = LoaderFixture.json(LoaderFixture.dataset(setting: ["notes", 0, "text"], to: "PLACEHOLDER"))
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(
            of: "PLACEHOLDER", with: "a\\u0000b\\ud83d\\ude00")
        let dataset = try DatasetLoader.load(data: Data(text.utf8), origin: "test.json")
        #expect(dataset.notes[0].text == note)
    }

    @Test func deepNestingIsRefusedWithoutCrashing() {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let problems = LoaderFixture.problems("{\"notes\": \(deep)}")
        #expect(problems.first?.message.contains("nested more than") == true)
    }

    @Test func hugeNumbersDoNotTrap() {
        let problems = LoaderFixture.problems("{\"formatVersion\": 99999999999999999999999}")
        #expect(problems.contains { $0.path == "$.formatVersion" && $0.message.contains("too large") })
    }
}
