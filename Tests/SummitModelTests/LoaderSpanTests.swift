import Foundation
import Testing

@testable import SummitModel

/// Spans inside the source text (in Unicode scalars), excerpts that match, quotations verbatim.
@Suite struct LoaderSpanTests {
    static let textLength = LoaderFixture.text.unicodeScalars.count

    @Test func endPastTheText() {
        let problem = LoaderFixture.onlyProblem(
            setting: ["questions", 0, "span"], to: ["start": 3, "end": Self.textLength + 1])
        #expect(problem?.path == "$.questions[0].span.end")
        #expect(
            problem?.message
                == "end \(Self.textLength + 1) is past the end of the source text, which has \(Self.textLength) characters"
        )
    }

    @Test func endAtTheTextLengthIsInside() throws {
        let span: [String: Any] = ["start": 0, "end": Self.textLength]
        #expect(
            try LoaderFixture.load(LoaderFixture.dataset(setting: ["questions", 0, "span"], to: span)).questions[0].span
                .end
                == Self.textLength)
    }

    @Test func startAfterEnd() {
        let problem = LoaderFixture.onlyProblem(setting: ["people", 0, "span"], to: ["start": 9, "end": 4])
        #expect(problem?.path == "$.people[0].span.end")
        #expect(problem?.message == "start 9 is after end 4")
    }

    @Test func negativeStart() {
        let problem = LoaderFixture.onlyProblem(setting: ["people", 0, "span"], to: ["start": -1, "end": 4])
        #expect(problem?.path == "$.people[0].span.start")
    }

    @Test func nonIntegerOffset() {
        let problem = LoaderFixture.onlyProblem(setting: ["people", 0, "span", "start"], to: 1.5)
        #expect(problem?.path == "$.people[0].span.start")
        #expect(problem?.message == "expected a whole number, found the number 1.5")
    }

    @Test func excerptMismatchShowsTheRealTextAndWhereTheExcerptIs() {
        let (start, end) = LoaderFixture.offsets(of: "Russia denies it")
        let problem = LoaderFixture.onlyProblem(
            setting: ["actors", 1, "stance", "basis"],
            to: ["start": start + 1, "end": end + 1, "excerpt": "Russia denies it"])
        #expect(problem?.path == "$.actors[1].stance.basis.excerpt")
        #expect(problem?.message.contains("which reads \"ussia denies it.\"") == true)
        #expect(problem?.fix.hasPrefix("the excerpt occurs in the source at start \(start), end \(end)") == true)
    }

    @Test func byteOffsetsAreCaught() throws {
        // Byte offsets would be shifted by "ü" and the curly quotes before the quotation.
        let text = LoaderFixture.text
        let range = try #require(text.range(of: "We’re ready to act."))
        let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
        let end = text.utf8.distance(from: text.startIndex, to: range.upperBound)
        #expect(start != LoaderFixture.offsets(of: "We’re ready to act.").start)
        let problems = LoaderFixture.problems(
            LoaderFixture.dataset(
                setting: ["quotes", 0, "span"], to: ["start": start, "end": end, "excerpt": "We’re ready to act."]))
        // Keys are serialised sorted, so "span" precedes "text" in the document.
        #expect(problems.map(\.path) == ["$.quotes[0].span.excerpt", "$.quotes[0].text"])
    }

    @Test func quotationMustBeVerbatim() {
        // A straight apostrophe where the article has a curly one.
        let problem = LoaderFixture.onlyProblem(setting: ["quotes", 0, "text"], to: "We're ready to act.")
        #expect(problem?.path == "$.quotes[0].text")
        #expect(problem?.message.contains("is not verbatim") == true)
        #expect(
            problem?.message.hasSuffix("; they first differ at character 3: ' (U+0027) here, ’ (U+2019) in the source")
                == true)
        #expect(problem?.fix.contains("curly apostrophes") == true)
    }

    @Test func pillarClauseMustBeVerbatim() {
        let problem = LoaderFixture.onlyProblem(setting: ["pillars", 0, "text"], to: "monitor the cease-fire")
        #expect(problem?.path == "$.pillars[0].text")
        #expect(problem?.message.hasPrefix("the pillar clause \"monitor the cease-fire\" is not verbatim") == true)
    }

    @Test func quotationElsewhereInTheTextIsLocated() {
        var quote = (LoaderFixture.dataset()["quotes"] as? [[String: Any]] ?? [])[0]
        quote["text"] = "Who will pay?"
        let problem = LoaderFixture.onlyProblem(setting: ["quotes", 0], to: quote)
        let (start, end) = LoaderFixture.offsets(of: "Who will pay?")
        #expect(problem?.fix.hasPrefix("the quotation occurs in the source at start \(start), end \(end)") == true)
    }

    @Test func decomposedAccentIsNotVerbatim() {
        // Canonically equivalent to "Türkiye" but not the same scalars: verbatim means the same code points.
        var actor = (LoaderFixture.dataset()["actors"] as? [[String: Any]] ?? [])[0]
        actor["span"] = [
            "start": LoaderFixture.offsets(of: "Türkiye").start, "end": LoaderFixture.offsets(of: "Türkiye").end,
            "excerpt": "Tu\u{308}rkiye",
        ]
        let problem = LoaderFixture.onlyProblem(setting: ["actors", 0], to: actor)
        #expect(problem?.path == "$.actors[0].span.excerpt")
    }

    @Test func spansAreNotCheckedAgainstABrokenSource() {
        // Without a usable text, range problems would all be noise: only the source itself is reported.
        let problems = LoaderFixture.problems(LoaderFixture.dataset(setting: ["source", "text"], to: 12))
        #expect(problems.count == 1)
        #expect(problems.first?.path == "$.source.text")
    }
}
