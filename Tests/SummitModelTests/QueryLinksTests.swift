import SummitModel
import Testing

@Suite struct QueryLinksTests {
    let index = QueryFixture.index
    typealias F = QueryFixture

    @Test func reverseIndexes() {
        #expect(index.quotes(onActor: "poland").map(\.id) == ["quote-buras-1"])  // via the speaker's actor
        #expect(index.quotes(onActor: "united-states").map(\.id) == ["quote-diplomat-1"])  // named by the quote
        #expect(index.quotes(onActor: "russia").isEmpty)
        #expect(index.quotes(onPillar: "pillar-1").map(\.id) == ["quote-diplomat-1"])
        #expect(index.quotes(bySpeaker: "piotr-buras").map(\.id) == ["quote-buras-1"])
        #expect(index.quotes(bySpeaker: "ann-lee").isEmpty)
        #expect(index.actors(onPillar: "pillar-2").map(\.id) == ["poland", "turkey", "united-kingdom", "france"])
        #expect(index.actors(onPillar: "pillar-1").map(\.id) == ["united-states"])
        #expect(index.pillars(ofActor: "united-states").map(\.id) == ["pillar-1"])
        #expect(index.pillars(ofActor: "poland").map(\.id) == ["pillar-2"])
        #expect(index.pillars(ofActor: "russia").isEmpty)
        #expect(index.people(ofActor: "poland").map(\.id) == ["piotr-buras"])
        #expect(index.figures(ofActor: "turkey").map(\.id) == ["figure-turkish-ships"])
        #expect(index.events(ofActor: "russia").map(\.id) == ["event-attack-claim"])  // claimant
        #expect(index.events(ofActor: "ukraine").map(\.id) == ["event-attack-claim"])  // disputes it
        #expect(index.notes(about: "pillar-1").map(\.id) == ["note-pillar-count"])
        #expect(index.quotes(onActor: "atlantis").isEmpty && index.actors(onPillar: "").isEmpty)
    }

    @Test func linkedFromEachKind() {
        #expect(
            index.linked(to: F.ref(.actor, "poland")) == [
                F.ref(.quote, "quote-buras-1"), F.ref(.pillar, "pillar-2"), F.ref(.person, "piotr-buras"),
                F.ref(.question, "question-who-sends"),
            ])
        #expect(
            index.linked(to: F.ref(.actor, "turkey")) == [
                F.ref(.pillar, "pillar-2"), F.ref(.figure, "figure-turkish-ships"), F.ref(.event, "event-naval-offer"),
            ])
        #expect(
            index.linked(to: F.ref(.pillar, "pillar-1")) == [
                F.ref(.actor, "united-states"), F.ref(.quote, "quote-diplomat-1"), F.ref(.note, "note-pillar-count"),
            ])
        #expect(
            index.linked(to: F.ref(.quote, "quote-buras-1")) == [
                F.ref(.person, "piotr-buras"), F.ref(.actor, "poland"), F.ref(.pillar, "pillar-2"),
            ])
        #expect(
            index.linked(to: F.ref(.person, "piotr-buras")) == [
                F.ref(.quote, "quote-buras-1"), F.ref(.actor, "poland"),
            ])
        #expect(index.linked(to: F.ref(.person, "ann-lee")).isEmpty)
        #expect(index.linked(to: F.ref(.figure, "figure-turkish-ships")) == [F.ref(.actor, "turkey")])
        #expect(
            index.linked(to: F.ref(.event, "event-attack-claim")) == [
                F.ref(.actor, "russia"), F.ref(.actor, "ukraine"),
            ])
        #expect(
            index.linked(to: F.ref(.question, "question-who-sends")) == [
                F.ref(.pillar, "pillar-2"), F.ref(.actor, "poland"),
            ])
        #expect(
            index.linked(to: F.ref(.note, "note-pillar-count")) == [
                F.ref(.pillar, "pillar-1"), F.ref(.pillar, "pillar-2"),
            ])
        #expect(index.linked(to: F.ref(.actor, "atlantis")).isEmpty)
        #expect(index.linked(to: F.ref(.pillar, "poland")).isEmpty)  // right id, wrong kind
    }

    @Test func linksAreSymmetricWhereTheyShouldBe() {
        // Every actor → pillar link has its pillar → actor converse, and quote ↔ speaker likewise.
        for actor in index.refs(of: .actor) {
            for pillar in index.linked(to: actor) where pillar.kind == .pillar {
                #expect(index.linked(to: pillar).contains(actor), "\(actor) ↔ \(pillar)")
            }
        }
        for person in index.refs(of: .person) {
            for quote in index.linked(to: person) where quote.kind == .quote {
                #expect(index.linked(to: quote).contains(person))
            }
        }
    }

    @Test func recordsSupportedByAnOffset() {
        let quote = F.span("We won’t go,")
        let found = index.records(supportedBy: quote.start + 3)
        #expect(found == [F.ref(.quote, "quote-buras-1")])
        // Nested spans: narrowest first. "three ships" (figure) lies inside the event's and Türkiye's spans.
        let ships = F.span("three ships")
        #expect(
            index.records(supportedBy: ships.start) == [
                F.ref(.figure, "figure-turkish-ships"), F.ref(.actor, "turkey"), F.ref(.event, "event-naval-offer"),
            ])
        // A stance basis or a dispute span supports its record too.
        #expect(
            index.records(supportedBy: F.span("which Kyiv denied").start)
                == [F.ref(.actor, "ukraine"), F.ref(.event, "event-attack-claim")])
        // End is exclusive.
        #expect(!index.records(supportedBy: quote.end).contains(F.ref(.quote, "quote-buras-1")))
        #expect(index.records(supportedBy: -1).isEmpty)
        #expect(index.records(supportedBy: F.text.unicodeScalars.count + 10).isEmpty)
    }

    @Test func supportedByAgreesWithAScanAtEveryOffset() {
        func spans(_ ref: RecordRef) -> [SourceSpan] {
            switch ref.kind {
            case .actor:
                let actor = index.actor(id: ref.id)!
                return [actor.span, actor.stance.basis] + actor.roles.map(\.span)
            case .event:
                let event = index.event(id: ref.id)!
                return [event.span] + event.disputes.map(\.span)
            default:
                return index.span(of: ref).map { [$0] } ?? []
            }
        }
        for offset in -1...F.text.unicodeScalars.count {
            let expected = Set(index.allRefs.filter { ref in spans(ref).contains { $0.contains(offset) } })
            let found = index.records(supportedBy: offset)
            #expect(Set(found) == expected, "offset \(offset)")
            #expect(found.count == expected.count, "no duplicates at \(offset)")
        }
    }
}
