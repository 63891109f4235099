import Foundation
import Testing

@testable import SummitModel

/// How problems are reported: all at once, in document order, capped, and safe to print.
@Suite struct LoaderReportTests {
    @Test func everyProblemIsReportedTogetherInDocumentOrder() {
        var dataset = LoaderFixture.dataset(setting: ["title"], to: 5)
        var quotes = dataset["quotes"] as? [[String: Any]] ?? []
        quotes[0]["speaker"] = "nobody"
        quotes[0]["attribution"] = nil
        dataset["quotes"] = quotes
        var actors = dataset["actors"] as? [[String: Any]] ?? []
        actors[1]["kind"] = "empire"
        dataset["actors"] = actors
        dataset["people"] = [["id": "turkiye", "name": "X", "span": ["start": 5, "end": 1]]]
        // Keys are sorted when serialised: actors, events, …, people, …, quotes, …, title.
        let problems = LoaderFixture.problems(dataset)
        #expect(
            problems.map(\.path) == [
                "$.actors[1].kind",
                "$.people[0].id",
                "$.people[0].span.end",
                "$.quotes[0].attribution",
                "$.quotes[0].speaker",
                "$.title",
            ])
    }

    @Test func longListsAreCappedWithACount() {
        let about = (0..<1_000).map { "missing-\($0)" }
        let data = LoaderFixture.json(LoaderFixture.dataset(setting: ["notes", 0, "about"], to: about))
        let problems = LoaderFixture.problems(data, limit: 200)
        #expect(problems.count == 201)
        #expect(problems[0].path == "$.notes[0].about[0]")
        #expect(problems[199].path == "$.notes[0].about[199]")
        #expect(problems[200].message.hasPrefix("… and 800 more problems not shown"))
    }

    @Test func neverReturnsAHalfLoadedDataset() {
        // One bad record among good ones: the whole load fails.
        #expect(throws: DatasetError.self) {
            try LoaderFixture.load(LoaderFixture.dataset(setting: ["figures", 0, "unit"], to: NSNull()))
        }
    }

    @Test func controlCharactersInValuesAndKeysAreShownVisibly() {
        var dataset = LoaderFixture.dataset(setting: ["quotes", 0, "speaker"], to: "evil\u{1B}[2J\u{202E}")
        dataset["bad\u{7}key"] = 1
        let problems = LoaderFixture.problems(dataset)
        #expect(problems.count == 2)
        let printed = problems.map(\.description).joined()
        #expect(printed.contains("\"evil␛[2J<U+202E>\""))
        #expect(printed.contains("$[\"bad␇key\"]"))
        #expect(!printed.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x202E })
    }

    @Test func longValuesAreShortened() {
        let long = String(repeating: "x", count: 500)
        let problem = LoaderFixture.onlyProblem(setting: ["quotes", 0, "speaker"], to: long)
        #expect(problem?.message.contains("…\" (500 characters)") == true)
        #expect((problem?.message.count ?? 1_000) < 200)
    }
}
