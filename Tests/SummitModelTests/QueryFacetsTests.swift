import SummitModel
import Testing

@Suite struct QueryFacetsTests {
    let index = QueryFixture.index
    typealias F = QueryFixture

    func refs(_ facets: Facets, _ query: String = "") -> Set<RecordRef> {
        Set(index.search(query, facets: facets).map(\.ref))
    }

    @Test func emptyFacetsConstrainNothing() {
        #expect(Facets().isEmpty)
        #expect(!Facets(speakers: ["x"]).isEmpty)
        #expect(index.search("", facets: Facets()).map(\.ref) == index.allRefs)
    }

    @Test func kindFacet() {
        #expect(index.search("", facets: Facets(kinds: [.actor])).map(\.ref) == index.refs(of: .actor))
        #expect(refs(Facets(kinds: [.figure, .note])) == Set(index.refs(of: .figure) + index.refs(of: .note)))
    }

    @Test func pillarFacetPerKind() {
        #expect(
            refs(Facets(pillars: ["pillar-2"])) == [
                F.ref(.pillar, "pillar-2"),
                F.ref(.actor, "poland"),  // through its analyst's quote on pillar 2
                F.ref(.actor, "turkey"), F.ref(.actor, "united-kingdom"), F.ref(.actor, "france"),  // through roles
                // Not the person Piotr Buras: a person is linked to their quotes, not to pillars (DECISIONS 53).
                F.ref(.quote, "quote-buras-1"),
                F.ref(.question, "question-who-sends"),
                F.ref(.note, "note-pillar-count"),
            ])
        #expect(
            refs(Facets(pillars: ["pillar-1"])) == [
                F.ref(.pillar, "pillar-1"), F.ref(.actor, "united-states"), F.ref(.quote, "quote-diplomat-1"),
                F.ref(.note, "note-pillar-count"),
            ])
    }

    @Test func actorFacetPerKind() {
        #expect(
            refs(Facets(actors: ["poland"])) == [
                F.ref(.pillar, "pillar-2"), F.ref(.actor, "poland"), F.ref(.person, "piotr-buras"),
                F.ref(.quote, "quote-buras-1"), F.ref(.question, "question-who-sends"),
            ])
        #expect(
            refs(Facets(actors: ["turkey"])) == [
                F.ref(.pillar, "pillar-2"), F.ref(.actor, "turkey"), F.ref(.figure, "figure-turkish-ships"),
                F.ref(.event, "event-naval-offer"),
            ])
        // An event's disputing party counts as one of its actors.
        #expect(refs(Facets(actors: ["ukraine"])) == [F.ref(.actor, "ukraine"), F.ref(.event, "event-attack-claim")])
    }

    @Test func stanceFacetUsesTheRecordsActors() {
        #expect(refs(Facets(stances: [.opposes])) == [F.ref(.actor, "russia"), F.ref(.event, "event-attack-claim")])
        #expect(
            refs(Facets(stances: [.rulesOut]))
                == refs(Facets(actors: ["poland"])))
        #expect(refs(Facets(stances: [.unclear])).isEmpty)
    }

    @Test func speakerFacet() {
        // The speaker, their quotes, and what those quotes link: the pillar and the actor they bear on (DECISIONS 53).
        #expect(
            refs(Facets(speakers: ["piotr-buras"])) == [
                F.ref(.person, "piotr-buras"), F.ref(.quote, "quote-buras-1"),
                F.ref(.pillar, "pillar-2"), F.ref(.actor, "poland"),
            ])
        #expect(refs(Facets(speakers: ["ann-lee"])) == [F.ref(.person, "ann-lee")])
        #expect(refs(Facets(speakers: ["nobody"])).isEmpty)
    }

    @Test func valuesWithinAFacetOrAndFacetsAnd() {
        #expect(
            refs(Facets(kinds: [.actor], actors: ["poland", "turkey"])) == [
                F.ref(.actor, "poland"), F.ref(.actor, "turkey"),
            ])
        #expect(
            refs(Facets(kinds: [.actor], pillars: ["pillar-2"], stances: [.plansPresence]))
                == [F.ref(.actor, "united-kingdom"), F.ref(.actor, "france")])
        #expect(refs(Facets(kinds: [.quote], pillars: ["pillar-1"], speakers: ["piotr-buras"])).isEmpty)
    }

    @Test func facetsCombineWithTheQuery() {
        #expect(
            refs(Facets(kinds: [.actor]), "presence") == [F.ref(.actor, "united-kingdom"), F.ref(.actor, "france")])
        #expect(
            refs(Facets(actors: ["poland"]), "troops") == [
                F.ref(.actor, "poland"), F.ref(.question, "question-who-sends"),
            ])
        // Ranking still applies inside the facet.
        let hits = index.search("france", facets: Facets(pillars: ["pillar-2"]))
        #expect(hits.first?.ref == F.ref(.actor, "france"))
    }
}
