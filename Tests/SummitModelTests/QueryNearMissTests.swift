import SummitModel
import Testing

/// The one rule for near misses, for every value a user types: kinds, record ids, search words, closed lists.
@Suite struct QueryNearMissTests {
    let index = QueryFixture.index

    @Test func kindsBySingularOrPluralInAnyCase() {
        #expect(index.resolveKind("quote").value == .quote)
        #expect(index.resolveKind("Quotes").value == .quote)
        #expect(index.resolveKind("people").value == .person)
        #expect(index.resolveKind(" EVENT ").value == .event)
        #expect(index.resolveKind("quots") == .notFound(suggestions: [.quote]))
        #expect(index.resolveKind("bananas") == .notFound(suggestions: []))
    }

    @Test func recordIdsInAnyCaseAndTheirNearMisses() {
        #expect(index.resolveRecord(id: "quote-buras-1").value?.id == "quote-buras-1")
        #expect(index.resolveRecord(id: "POLAND").value?.id == "poland")
        guard case .notFound(let near) = index.resolveRecord(id: "quote-buras-2") else {
            Issue.record("a missing id resolved")
            return
        }
        #expect(near.map(\.id) == ["quote-buras-1"])
        guard case .notFound(let prefix) = index.resolveRecord(id: "figure-t") else {
            Issue.record("resolved")
            return
        }
        #expect(prefix.map(\.id) == ["figure-troops-needed", "figure-turkish-ships"], "prefixes, in dataset order")
        guard case .notFound(let none) = index.resolveRecord(id: "zzzzzzzz") else {
            Issue.record("resolved")
            return
        }
        #expect(none.isEmpty)
    }

    @Test func searchWordsNoRecordHoldsGetTheNearestIndexedWords() {
        #expect(index.search("monitring").isEmpty)
        #expect(index.nearestWords(to: "monitring") == ["monitoring"])
        #expect(index.nearestWords(to: "ceasfire ukraine") == ["ceasefire"], "only the word that matches nothing")
        #expect(index.nearestWords(to: "ukraine").isEmpty, "a word that matches has no suggestion")
        #expect(index.nearestWords(to: "qqqqqqq").isEmpty)
    }

    @Test func stancesTakeEverySpellingTheExplorerTakes() {
        for spelling in ["rules-out", "rules out", "Rules Out", "RULES_OUT"] {
            #expect(index.resolveStance(spelling).value == .rulesOut, "\(spelling)")
        }
        #expect(index.resolveStance("plans") == .notFound(suggestions: [.plansPresence]))
    }

    @Test func closedListsFollowTheSameRule() {
        let commands = NameChoice(["pillars", "actors", "actor", "quotes", "search"])
        #expect(commands.resolve("ACTOR").value == "actor")
        #expect(commands.resolve("actr") == .notFound(suggestions: ["actor"]), "one edit for a word of four letters")
        #expect(commands.resolve("quote") == .notFound(suggestions: ["quotes"]), "a prefix")
        #expect(commands.resolve("serch") == .notFound(suggestions: ["search"]))
        #expect(commands.resolve("xyzzy") == .notFound(suggestions: []))
    }
}
