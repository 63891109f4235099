import Foundation
import Testing

@testable import SummitModel

/// Types, required fields, unknown fields, closed vocabularies and blank values.
@Suite struct LoaderFieldTests {
    @Test func wrongTypeShowsTheValueFound() {
        let problem = LoaderFixture.onlyProblem(setting: ["title"], to: 5)
        #expect(problem?.path == "$.title")
        #expect(problem?.message == "expected a string, found the number 5")
    }

    @Test func wrongTypeInsideARecord() {
        let problem = LoaderFixture.onlyProblem(setting: ["figures", 0, "value"], to: "3")
        #expect(problem?.path == "$.figures[0].value")
        #expect(problem?.message.contains("expected a number, found the string \"3\"") == true)
    }

    @Test func recordThatIsNotAnObject() {
        let problem = LoaderFixture.onlyProblem(setting: ["figures", 0], to: "figure")
        #expect(problem?.path == "$.figures[0]")
        #expect(problem?.message == "expected a figure (a JSON object), found the string \"figure\"")
    }

    @Test func missingRequiredField() {
        let problem = LoaderFixture.onlyProblem(setting: ["quotes", 0, "attribution"], to: nil)
        #expect(problem?.path == "$.quotes[0].attribution")
        #expect(problem?.message == "the required field \"attribution\" is missing")
        #expect(problem?.fix.contains("add \"attribution\"") == true)
    }

    @Test func missingRecordListSaysToAddAnEmptyOne() {
        let problem = LoaderFixture.onlyProblem(setting: ["figures"], to: nil)
        #expect(problem?.path == "$.figures")
        #expect(problem?.fix.contains("[] if there are none") == true)
    }

    @Test func nullRequiredFieldIsAWrongType() {
        let problem = LoaderFixture.onlyProblem(setting: ["actors", 0, "name"], to: NSNull())
        #expect(problem?.message == "expected a string, found null")
    }

    @Test func unknownFieldSuggestsTheNearestKnownKey() {
        var quote = LoaderFixture.dataset()["quotes"] as? [[String: Any]] ?? []
        quote[0]["speakr"] = quote[0].removeValue(forKey: "speaker")
        let problem = LoaderFixture.onlyProblem(setting: ["quotes"], to: quote)
        #expect(problem?.path == "$.quotes[0].speakr")
        #expect(problem?.message.contains("unknown field \"speakr\"") == true)
        #expect(problem?.fix.hasPrefix("did you mean \"speaker\"?") == true)
    }

    @Test func unknownFieldWithNoNearKeyListsTheKnownOnes() {
        let problem = LoaderFixture.onlyProblem(setting: ["source", "publishedOn"], to: "2025")
        #expect(problem?.path == "$.source.publishedOn")
        #expect(problem?.fix.contains("known fields here: title, standfirst, author, outlet, credit, text") == true)
    }

    @Test func fieldWrittenTwiceIsReported() {
        let json = String(decoding: LoaderFixture.json(LoaderFixture.dataset()), as: UTF8.self)
            .replacingOccurrences(
                of: "\"title\":\"Test summit\"", with: "\"title\":\"Test summit\",\"title\":\"Again\"")
        let problems = LoaderFixture.problems(json)
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("appears twice") == true)
    }

    @Test(arguments: [
        (["actors", 0, "kind"] as [LoaderFixture.Step], "nation", "actor kind", "country, coalition, organisation"),
        (["actors", 0, "stance", "value"], "open-ish", "stance value", "plans-presence, open, conditional"),
        (["events", 0, "status"], "rumour", "event status", "reported, claim"),
    ])
    func badEnumValueListsTheValidOnes(path: [LoaderFixture.Step], value: String, name: String, valid: String) {
        let problem = LoaderFixture.onlyProblem(setting: path, to: value)
        #expect(problem?.message.contains("unknown \(name) \"\(value)\"") == true)
        #expect(problem?.message.contains(valid) == true)
    }

    @Test func nearMissEnumValueIsSuggested() {
        let problem = LoaderFixture.onlyProblem(setting: ["actors", 0, "stance", "value"], to: "rules_out")
        #expect(problem?.fix == "did you mean \"rules-out\"?")
    }

    @Test(arguments: [
        ["quotes", 0, "id"] as [LoaderFixture.Step], ["actors", 0, "name"], ["questions", 0, "text"], ["title"],
        ["source", "text"],
        ["pillars", 0, "title"], ["events", 0, "summary"], ["actors", 0, "aliases", 1],
    ])
    func blankValuesAreRefused(path: [LoaderFixture.Step]) {
        let problems = LoaderFixture.problems(LoaderFixture.dataset(setting: path, to: "  "))
        #expect(problems.contains { $0.message.contains("empty") }, "\(problems)")
    }

    @Test func claimNeedsClaimedBy() {
        let problem = LoaderFixture.onlyProblem(setting: ["events", 0, "claimedBy"], to: nil)
        #expect(problem?.path == "$.events[0].claimedBy")
        #expect(problem?.message == "a claim must say who claims it")
    }

    @Test func reportedEventMustNotNameAClaimant() {
        var event = (LoaderFixture.dataset()["events"] as? [[String: Any]] ?? [])[0]
        event["status"] = "reported"
        event["disputes"] = []
        let problem = LoaderFixture.onlyProblem(setting: ["events", 0], to: event)
        #expect(problem?.path == "$.events[0].claimedBy")
    }

    @Test func disputedEventMustBeAClaim() {
        var event = (LoaderFixture.dataset()["events"] as? [[String: Any]] ?? [])[0]
        event["status"] = "reported"
        event["claimedBy"] = nil
        let problem = LoaderFixture.onlyProblem(setting: ["events", 0], to: event)
        #expect(problem?.path == "$.events[0].disputes")
    }

    @Test func pillarNumbersAreUniqueAndPositive() {
        var pillars = LoaderFixture.dataset()["pillars"] as? [[String: Any]] ?? []
        var second = pillars[0]
        second["id"] = "pillar-2"
        pillars.append(second)
        let duplicate = LoaderFixture.onlyProblem(setting: ["pillars"], to: pillars)
        #expect(duplicate?.path == "$.pillars[1].number")
        #expect(duplicate?.message == "pillar number 1 is already used by $.pillars[0]")

        let zero = LoaderFixture.onlyProblem(setting: ["pillars", 0, "number"], to: 0)
        #expect(zero?.message == "pillar number 0 is not positive")
    }

    @Test func pillarNumbersHaveNoGaps() {
        let problem = LoaderFixture.onlyProblem(setting: ["pillars", 0, "number"], to: 2)
        #expect(problem?.path == "$.pillars[0].number")
        #expect(problem?.message == "pillar number 2 leaves a gap: there is 1 pillar")
    }

    @Test func figureRangeMustNotBeReversed() {
        let problem = LoaderFixture.onlyProblem(setting: ["figures", 0, "upper"], to: 1)
        #expect(problem?.path == "$.figures[0].upper")
    }

    @Test func topLevelMustBeAnObject() {
        let problems = LoaderFixture.problems("[1, 2]")
        #expect(problems.count == 1)
        #expect(problems.first?.message.contains("not an object") == true)
    }
}
