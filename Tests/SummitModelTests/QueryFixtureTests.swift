import Foundation
import SummitModel
import Testing

/// A small dataset built in code for the query engine tests, with spans computed from its own text
/// so every span is real.
enum QueryFixture {
    static let text = """
        Poland will not send troops, said Piotr Buras. “We won’t go,” Buras told RTÉ News. \
        Türkiye offered three ships for naval help in the Black Sea on Friday. \
        The United Kingdom and France plan a presence after a ceasefire. \
        The U.S. will lead ceasefire monitoring. “Monitoring is key,” said a diplomat. \
        Russia opposes any NATO troops. Russia claimed an attack, which Kyiv denied. \
        Some 30,000 troops may be needed. Aides Ann Lee and Bo Lee took notes. \
        Pillar one: monitoring the ceasefire in Ukraine. Pillar two: a multinational force for Ukraine. \
        Who will send troops?
        """

    /// The span of the first occurrence of `phrase` (after `after`, when given), in Unicode-scalar offsets.
    static func span(_ phrase: String, after: String? = nil) -> SourceSpan {
        var from = text.startIndex
        if let after, let anchor = text.range(of: after) { from = anchor.upperBound }
        guard let range = text.range(of: phrase, range: from..<text.endIndex) else {
            fatalError("fixture phrase not in text: \(phrase)")
        }
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        let length = text.unicodeScalars.distance(from: range.lowerBound, to: range.upperBound)
        return SourceSpan(start: start, end: start + length, excerpt: phrase)
    }

    static func actor(
        _ id: String, _ name: String, _ kind: ActorKind = .country, aliases: [String], stance: StanceValue,
        basis: String, note: String? = nil, roles: [Role] = []
    ) -> Actor {
        Actor(
            id: id, name: name, kind: kind, aliases: aliases,
            stance: Stance(value: stance, basis: span(basis), note: note), roles: roles, span: span(basis))
    }

    static let dataset = Dataset(
        title: "Fixture",
        source: Source(
            title: "Fixture article", standfirst: nil, author: "A. Writer", outlet: "Test", credit: nil, text: text),
        pillars: [
            Pillar(
                id: "pillar-1", number: 1, title: "Ceasefire monitoring", text: "monitoring the ceasefire in Ukraine",
                span: span("monitoring the ceasefire in Ukraine")),
            Pillar(
                id: "pillar-2", number: 2, title: "Multinational force", text: "a multinational force for Ukraine",
                span: span("a multinational force for Ukraine")),
        ],
        actors: [
            actor(
                "poland", "Poland", aliases: ["Warsaw", "Europe"], stance: .rulesOut,
                basis: "Poland will not send troops", note: "Says it will not send troops"),
            actor(
                "turkey", "Türkiye", aliases: ["Turkey", "Ankara"], stance: .open,
                basis: "Türkiye offered three ships for naval help in the Black Sea",
                roles: [
                    Role(
                        text: "offered naval help in the Black Sea", span: span("naval help in the Black Sea"),
                        pillars: ["pillar-2"])
                ]),
            actor(
                "united-kingdom", "United Kingdom", aliases: ["UK", "Britain", "London"], stance: .plansPresence,
                basis: "The United Kingdom and France plan a presence",
                roles: [
                    Role(
                        text: "plans a presence after a ceasefire", span: span("plan a presence after a ceasefire"),
                        pillars: ["pillar-2"])
                ]),
            actor(
                "france", "France", aliases: ["Paris", "Europe"], stance: .plansPresence,
                basis: "France plan a presence",
                roles: [
                    Role(
                        text: "plans a presence after a ceasefire", span: span("plan a presence after a ceasefire"),
                        pillars: ["pillar-2"])
                ]),
            actor(
                "united-states", "United States", aliases: ["U.S.", "America", "Washington"], stance: .supportsConcept,
                basis: "The U.S. will lead ceasefire monitoring",
                roles: [
                    Role(
                        text: "will lead ceasefire monitoring", span: span("will lead ceasefire monitoring"),
                        pillars: ["pillar-1"])
                ]),
            actor(
                "russia", "Russia", aliases: ["Moscow", "Kremlin"], stance: .opposes,
                basis: "Russia opposes any NATO troops"),
            actor("ukraine", "Ukraine", aliases: ["Kyiv"], stance: .host, basis: "which Kyiv denied"),
        ],
        people: [
            Person(
                id: "piotr-buras", name: "Piotr Buras", role: "analyst", organisation: "ECFR", actor: "poland",
                span: span("Piotr Buras")),
            Person(id: "ann-lee", name: "Ann Lee", role: "aide", organisation: nil, actor: nil, span: span("Ann Lee")),
            Person(id: "bo-lee", name: "Bo Lee", role: "aide", organisation: nil, actor: nil, span: span("Bo Lee")),
        ],
        quotes: [
            Quote(
                id: "quote-buras-1", text: "We won’t go,", span: span("We won’t go,"), speaker: "piotr-buras",
                attribution: "Buras told RTÉ News", venue: "RTÉ News", pillars: ["pillar-2"]),
            Quote(
                id: "quote-diplomat-1", text: "Monitoring is key,", span: span("Monitoring is key,"), speaker: nil,
                attribution: "said a diplomat", pillars: ["pillar-1"], actors: ["united-states"]),
        ],
        figures: [
            Figure(
                id: "figure-troops-needed", label: "Troops needed", value: 30000, unit: "troops", qualifier: "some",
                span: span("Some 30,000 troops may be needed")),
            Figure(
                id: "figure-turkish-ships", label: "Ships offered", value: 3, unit: "ships", actor: "turkey",
                span: span("three ships")),
        ],
        events: [
            Event(
                id: "event-naval-offer", summary: "Türkiye offers naval help", when: "on Friday", actors: ["turkey"],
                status: .reported, span: span("Türkiye offered three ships for naval help in the Black Sea on Friday")),
            Event(
                id: "event-attack-claim", summary: "Russia claims an attack", when: nil, actors: [], status: .claim,
                claimedBy: "russia",
                disputes: [Dispute(by: "ukraine", text: "Kyiv denied it", span: span("which Kyiv denied"))],
                span: span("Russia claimed an attack")),
        ],
        questions: [
            Question(
                id: "question-who-sends", text: "Who will send troops?", span: span("Who will send troops?"),
                pillars: ["pillar-2"], actors: ["poland"])
        ],
        notes: [
            Note(
                id: "note-pillar-count", text: "The article announces five pillars but lists two.",
                about: ["pillar-1", "pillar-2"], span: nil)
        ]
    )

    static let index = DatasetIndex(dataset)

    static func ref(_ kind: RecordKind, _ id: String) -> RecordRef { RecordRef(kind: kind, id: id) }

    static let empty = Dataset(
        title: "Empty", source: Source(title: "", standfirst: nil, author: "", outlet: "", credit: nil, text: ""))
}

@Suite struct QueryFixtureTests {
    let index = QueryFixture.index
    typealias F = QueryFixture

    @Test func fixtureSpansAreInTheText() {
        // Guards the fixture itself: every span's text is its excerpt.
        for ref in index.allRefs {
            guard let span = index.span(of: ref), let excerpt = span.excerpt else { continue }
            #expect(index.sourceText(span) == excerpt, "\(ref)")
        }
    }

    @Test func allRefsAreInKindThenDatasetOrder() {
        let refs = index.allRefs
        #expect(refs.count == 20)
        #expect(refs.first == F.ref(.pillar, "pillar-1"))
        #expect(refs.last == F.ref(.note, "note-pillar-count"))
        let kinds = refs.map(\.kind.order)
        #expect(kinds == kinds.sorted())
        #expect(index.refs(of: .actor).map(\.id) == F.dataset.actors.map(\.id))
        #expect(index.refs(of: .person).map(\.id) == ["piotr-buras", "ann-lee", "bo-lee"])
    }

    @Test func lookupsById() {
        #expect(index.actor(id: "turkey")?.name == "Türkiye")
        #expect(index.pillar(id: "pillar-2")?.number == 2)
        #expect(index.person(id: "piotr-buras")?.actor == "poland")
        #expect(index.quote(id: "quote-buras-1")?.venue == "RTÉ News")
        #expect(index.figure(id: "figure-turkish-ships")?.value == 3)
        #expect(index.event(id: "event-attack-claim")?.status == .claim)
        #expect(index.question(id: "question-who-sends") != nil)
        #expect(index.note(id: "note-pillar-count") != nil)
        #expect(index.actor(id: "pillar-1") == nil)
        #expect(index.actor(id: "") == nil)
    }

    @Test func sourceTextSlicesByScalarOffsetsAndClamps() {
        let span = F.span("RTÉ News")
        #expect(index.sourceText(span) == "RTÉ News")
        #expect(index.sourceText(F.span("Türkiye")) == "Türkiye")
        let total = F.text.unicodeScalars.count
        #expect(index.sourceText(SourceSpan(start: total - 7, end: total + 50)) == "troops?")
        #expect(index.sourceText(SourceSpan(start: -5, end: 6)) == "Poland")
        #expect(index.sourceText(SourceSpan(start: 10, end: 10)) == "")
        #expect(index.sourceText(SourceSpan(start: 10, end: 4)) == "")
    }

    @Test func summaries() throws {
        let poland = try #require(index.summary(of: F.ref(.actor, "poland")))
        #expect(poland.title == "Poland")
        #expect(poland.detail.contains("rules out"))
        let quote = try #require(index.summary(of: F.ref(.quote, "quote-buras-1")))
        #expect(quote.title == "Buras: “We won’t go,”")
        #expect(quote.span == F.span("We won’t go,"))
        let pillar = try #require(index.summary(of: F.ref(.pillar, "pillar-2")))
        #expect(pillar.title == "Pillar 2: Multinational force")
        let figure = try #require(index.summary(of: F.ref(.figure, "figure-troops-needed")))
        #expect(figure.detail == "some 30,000 troops")
        let note = try #require(index.summary(of: F.ref(.note, "note-pillar-count")))
        #expect(note.span == SourceSpan(start: 0, end: 0))
        #expect(index.summary(of: F.ref(.actor, "atlantis")) == nil)
        #expect(index.summary(of: F.ref(.actor, "pillar-1")) == nil)
        for ref in index.allRefs {
            let summary = try #require(index.summary(of: ref))
            #expect(!summary.title.isEmpty && !summary.title.contains("\n") && !summary.detail.contains("\n"))
        }
    }

    @Test func emptyDatasetAnswersEverythingEmpty() {
        let index = DatasetIndex(QueryFixture.empty)
        #expect(index.allRefs.isEmpty)
        #expect(index.search("").isEmpty)
        #expect(index.search("poland").isEmpty)
        #expect(index.records(supportedBy: 0).isEmpty)
        #expect(index.sourceText(SourceSpan(start: 0, end: 5)) == "")
        #expect(index.resolveActor("poland") == .notFound(suggestions: []))
        #expect(index.resolvePillar("1") == .notFound(suggestions: []))
        #expect(index.linked(to: RecordRef(kind: .actor, id: "poland")).isEmpty)
        #expect(index.quotes(onActor: "poland").isEmpty)
    }
}
