import SummitModel
import Testing

@Suite struct QuerySearchTests {
    let index = QueryFixture.index
    typealias F = QueryFixture

    func refs(_ query: String, _ facets: Facets = Facets()) -> [RecordRef] {
        index.search(query, facets: facets).map(\.ref)
    }

    @Test func ignoresCaseAndDiacritics() {
        #expect(refs("turkiye").contains(F.ref(.actor, "turkey")))
        #expect(refs("TÜRKIYE").contains(F.ref(.actor, "turkey")))
        #expect(refs("Turkiye").first == F.ref(.actor, "turkey"))
        // "rte" alone also hits "repo-rte-d" (an event's status), further down.
        #expect(refs("rte").first == F.ref(.quote, "quote-buras-1"))
        #expect(refs("rte news") == [F.ref(.quote, "quote-buras-1")])
        #expect(refs("RTÉ NEWS") == [F.ref(.quote, "quote-buras-1")])
    }

    @Test func curlyAndStraightApostrophesMatchEachOther() {
        #expect(refs("won't") == [F.ref(.quote, "quote-buras-1")])
        #expect(refs("won’t") == [F.ref(.quote, "quote-buras-1")])
        #expect(refs("wont").isEmpty)
    }

    @Test func severalWordsMeanAnd() {
        #expect(Set(refs("poland troops")) == [F.ref(.actor, "poland"), F.ref(.question, "question-who-sends")])
        #expect(refs("poland ceasefire").isEmpty)
        // Word order does not matter, repeated words count once.
        #expect(Set(refs("troops poland poland")) == Set(refs("poland troops")))
        // Extra whitespace is not a word.
        #expect(refs("  poland \t troops  ") == refs("poland troops"))
    }

    @Test func emptyQueryMatchesEverythingInOrder() {
        let hits = index.search("")
        #expect(hits.map(\.ref) == index.allRefs)
        #expect(hits.allSatisfy { $0.score == 0 })
        #expect(refs("   ") == index.allRefs)
    }

    @Test func noHitIsEmpty() {
        #expect(refs("zanzibar").isEmpty)
        #expect(refs("poland zanzibar").isEmpty)
    }

    @Test func exactAliasRanksAboveSubstring() {
        let hits = refs("uk")
        #expect(hits.first == F.ref(.actor, "united-kingdom"))
        let ukraine = hits.firstIndex(of: F.ref(.actor, "ukraine"))
        let pillar = hits.firstIndex(of: F.ref(.pillar, "pillar-2"))  // "Ukraine" only in its clause text
        #expect(ukraine != nil && pillar != nil)
        if let ukraine, let pillar { #expect(ukraine < pillar) }
    }

    @Test func nameHitsRankAboveBodyHits() {
        let hits = refs("poland")
        #expect(hits.first == F.ref(.actor, "poland"))
        // The person and the question only mention Poland in body text (their actor).
        #expect(Set(hits.dropFirst()) == [F.ref(.person, "piotr-buras"), F.ref(.question, "question-who-sends")])
        let scores = index.search("poland").map(\.score)
        #expect(scores == scores.sorted(by: >))
        #expect(scores[0] > scores[1])
    }

    @Test func equalScoresKeepKindThenDatasetOrder() {
        // "troops" is in the titles of a figure and a question (equal scores) and in Poland's stance note.
        let hits = index.search("troops")
        let refs = hits.map(\.ref)
        #expect(
            Array(refs.prefix(2)) == [F.ref(.figure, "figure-troops-needed"), F.ref(.question, "question-who-sends")])
        #expect(hits[0].score == hits[1].score)
        #expect(refs.contains(F.ref(.actor, "poland")))
        #expect(hits.last!.score < hits[0].score)
        // Same query, same answer.
        #expect(index.search("troops") == hits)
    }

    @Test func wordStartRanksAboveMidWord() {
        // "ships" starts a word in the figure's title; nowhere is it mid-word, so compare "lee" (a word) against
        // "ee" (mid-word) on the same record.
        let start = index.search("lee").first { $0.ref == F.ref(.person, "ann-lee") }
        let middle = index.search("ee").first { $0.ref == F.ref(.person, "ann-lee") }
        #expect(start != nil && middle != nil)
        if let start, let middle { #expect(start.score > middle.score) }
    }

    @Test func searchesEveryKindsText() {
        #expect(refs("30,000") == [F.ref(.figure, "figure-troops-needed")])
        #expect(refs("30000") == [F.ref(.figure, "figure-troops-needed")])
        #expect(refs("friday").contains(F.ref(.event, "event-naval-offer")))
        #expect(refs("denied") == [F.ref(.event, "event-attack-claim")])
        #expect(refs("five pillars") == [F.ref(.note, "note-pillar-count")])
        #expect(refs("analyst") == [F.ref(.person, "piotr-buras")])
        #expect(refs("rules out") == [F.ref(.actor, "poland")])  // stance label
        #expect(refs("kremlin") == [F.ref(.actor, "russia")])  // alias
        #expect(refs("buras").contains(F.ref(.quote, "quote-buras-1")))  // speaker name on a quote
    }

    @Test func matchesOneRecord() {
        #expect(index.matches(F.ref(.actor, "turkey"), query: "turkiye ankara"))
        #expect(!index.matches(F.ref(.actor, "turkey"), query: "turkiye moscow"))
        #expect(index.matches(F.ref(.actor, "turkey"), query: ""))
        #expect(!index.matches(F.ref(.actor, "atlantis"), query: ""))
    }

    @Test func filterKeepsTheGivenOrder() {
        let reversed = Array(index.allRefs.reversed())
        let kept = index.filter(reversed, query: "troops", facets: Facets())
        #expect(kept == reversed.filter { index.matches($0, query: "troops") })
        #expect(kept.first == F.ref(.question, "question-who-sends"))
        #expect(index.filter(reversed, query: "", facets: Facets()) == reversed)
        #expect(index.filter([], query: "troops", facets: Facets()).isEmpty)
        #expect(index.filter([F.ref(.actor, "atlantis")], query: "", facets: Facets()).isEmpty)
        #expect(index.filter(reversed, query: "troops", facets: Facets(kinds: [.actor])) == [F.ref(.actor, "poland")])
    }
}

@Suite struct QueryTextTests {
    @Test func folding() {
        #expect(DatasetIndex.fold("Türkiye") == "turkiye")
        #expect(DatasetIndex.fold("RTÉ News") == "rte news")
        #expect(DatasetIndex.fold("Ukraine’s") == "ukraine's")
        #expect(DatasetIndex.fold("“Łódź” — Straße") == "\"lodz\" - strasse")
        #expect(DatasetIndex.fold("Re\u{301}publique") == "republique")
        #expect(DatasetIndex.fold("") == "")
        #expect(DatasetIndex.fold("ABC def 123") == "abc def 123")
    }

    func highlighted(_ query: String, _ text: String) -> [String] {
        DatasetIndex.matchRanges(of: query, in: text).map { String(text[$0]) }
    }

    @Test func matchRangesPointIntoTheOriginalText() {
        #expect(highlighted("turk", "Türkiye’s navy") == ["Türk"])
        #expect(highlighted("rte", "he told RTÉ News") == ["RTÉ"])
        #expect(highlighted("won't go", "“We won’t go,” he said") == ["won’t", "go"])
        #expect(highlighted("NEWS", "news and News") == ["news", "News"])
        #expect(highlighted("republique", "la Re\u{301}publique") == ["Re\u{301}publique"])
        // A match that ends inside a character's folding covers that whole character.
        #expect(highlighted("ae", "Cæsar") == ["æ"])
        #expect(highlighted("a", "æ") == ["æ"])
        #expect(highlighted("strasse", "Große Straße") == ["Straße"])
    }

    @Test func matchRangesAreSortedAndMerged() {
        #expect(highlighted("abc bcd", "abcd abc") == ["abcd", "abc"])
        #expect(highlighted("ab abc", "xabcx") == ["abc"])
        let ranges = DatasetIndex.matchRanges(of: "o", in: "Poland Moscow")
        #expect(ranges.count == 3)
        #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound <= $1.lowerBound })
    }

    @Test func matchRangesOnEmptyInputs() {
        #expect(DatasetIndex.matchRanges(of: "", in: "Poland").isEmpty)
        #expect(DatasetIndex.matchRanges(of: "   ", in: "Poland").isEmpty)
        #expect(DatasetIndex.matchRanges(of: "pol", in: "").isEmpty)
        #expect(DatasetIndex.matchRanges(of: "zzz", in: "Poland").isEmpty)
    }
}
