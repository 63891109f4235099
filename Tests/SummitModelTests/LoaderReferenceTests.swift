import Foundation
import Testing

@testable import SummitModel

/// Ids unique across the dataset, and every reference kind resolving to a record of the right kind.
@Suite struct LoaderReferenceTests {
    @Test func duplicateIdAcrossKinds() {
        let problem = LoaderFixture.onlyProblem(setting: ["questions", 0, "id"], to: "turkiye")
        #expect(problem?.path == "$.questions[0].id")
        #expect(problem?.message == "duplicate id \"turkiye\": already used by the actor at $.actors[0]")
    }

    @Test func duplicateIdWithinAKind() {
        // Russia's id is gone too, so references to it dangle; the duplicate is reported among them.
        let problems = LoaderFixture.problems(LoaderFixture.dataset(setting: ["actors", 1, "id"], to: "turkiye"))
        #expect(problems.contains { $0.path == "$.actors[1].id" && $0.message.hasPrefix("duplicate id \"turkiye\"") })
    }

    @Test func referencesToADuplicatedIdAreNotReportedAgain() {
        // "buras" is now both a person and a pillar; the quote's speaker must not also be called the wrong kind.
        var pillars = LoaderFixture.dataset()["pillars"] as? [[String: Any]] ?? []
        pillars[0]["id"] = "buras"
        let problems = LoaderFixture.problems(LoaderFixture.dataset(setting: ["pillars"], to: pillars))
        #expect(!problems.contains { $0.path == "$.quotes[0].speaker" })
        #expect(problems.contains { $0.path == "$.pillars[0].id" || $0.path == "$.people[0].id" })
    }

    static let referenceFields: [(path: [LoaderFixture.Step], expectedPath: String, kind: String)] = [
        (["quotes", 0, "speaker"], "$.quotes[0].speaker", "person"),
        (["quotes", 0, "actors", 0], "$.quotes[0].actors[0]", "actor"),
        (["quotes", 0, "pillars", 0], "$.quotes[0].pillars[0]", "pillar"),
        (["actors", 0, "roles", 0, "pillars", 0], "$.actors[0].roles[0].pillars[0]", "pillar"),
        (["people", 0, "actor"], "$.people[0].actor", "actor"),
        (["figures", 0, "actor"], "$.figures[0].actor", "actor"),
        (["events", 0, "actors", 0], "$.events[0].actors[0]", "actor"),
        (["events", 0, "claimedBy"], "$.events[0].claimedBy", "actor"),
        (["events", 0, "disputes", 0, "by"], "$.events[0].disputes[0].by", "actor"),
        (["questions", 0, "pillars", 0], "$.questions[0].pillars[0]", "pillar"),
        (["questions", 0, "actors", 0], "$.questions[0].actors[0]", "actor"),
        (["notes", 0, "about", 0], "$.notes[0].about[0]", "record"),
    ]

    @Test(arguments: referenceFields.indices)
    func danglingReference(case index: Int) {
        let (path, expectedPath, kind) = Self.referenceFields[index]
        let problem = LoaderFixture.onlyProblem(setting: path, to: "nobody-here")
        #expect(problem?.path == expectedPath)
        #expect(problem?.message == "\"nobody-here\" is not the id of any \(kind)")
    }

    @Test func danglingReferenceSuggestsANearId() {
        let problem = LoaderFixture.onlyProblem(setting: ["quotes", 0, "speaker"], to: "buraz")
        #expect(problem?.fix.hasPrefix("did you mean \"buras\"?") == true)
    }

    @Test func referenceToTheWrongKind() {
        let problem = LoaderFixture.onlyProblem(setting: ["quotes", 0, "speaker"], to: "turkiye")
        #expect(problem?.message == "\"turkiye\" is the id of an actor, not a person")
        #expect(problem?.fix.contains("\"people\"") == true)
    }

    @Test func noteMayBeAboutAnyKind() throws {
        let about: [Any] = ["pillar-1", "turkiye", "buras", "quote-buras-1", "figure-1", "event-1", "question-1"]
        let dataset = try LoaderFixture.load(LoaderFixture.dataset(setting: ["notes", 0, "about"], to: about))
        #expect(dataset.notes[0].about.count == 7)
    }

    @Test func referenceThatIsNotAString() {
        let problem = LoaderFixture.onlyProblem(setting: ["quotes", 0, "actors", 0], to: 7)
        #expect(problem?.path == "$.quotes[0].actors[0]")
        #expect(problem?.message.contains("found the number 7") == true)
    }
}
