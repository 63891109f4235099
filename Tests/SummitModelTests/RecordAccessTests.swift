import Foundation
import SummitData
import Testing

@testable import SummitModel

/// Both front ends reach records only through `DatasetIndex.record`: it must give each record back as its own typed
/// value, with the kind's facts (id, span, JSON shape) the record itself carries.
@Suite struct RecordAccessTests {
    let index: DatasetIndex

    init() throws {
        index = DatasetIndex(try BundledDataset.load())
    }

    @Test func everyRefGivesBackItsOwnRecord() throws {
        for ref in index.allRefs {
            let record = try #require(index.record(ref), "\(ref)")
            #expect(record.ref == ref)
            #expect(record.value.ref == ref)
            #expect(index.record(id: ref.id) == record, "ids are unique across kinds, so the id alone finds it")
        }
        #expect(index.record(RecordRef(kind: .pillar, id: "poland")) == nil, "the right id under the wrong kind")
        #expect(index.record(id: "no-such-record") == nil)
    }

    @Test func theTypedValueIsTheDatasetRecord() throws {
        #expect(index.record(id: "poland") == .actor(try #require(index.actor(id: "poland"))))
        let quote = try #require(index.quote(id: "quote-buras-1"))
        #expect(index.record(id: "quote-buras-1") == .quote(quote))
        #expect(index.record(id: "quote-buras-1")?.span == quote.span)
        #expect(index.span(of: quote.ref) == quote.span)
    }

    @Test func anyRecordEncodesExactlyAsTheRecord() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for ref in index.allRefs {
            let record = try #require(index.record(ref))
            let direct: Data =
                switch record {
                case .pillar(let r): try encoder.encode(r)
                case .actor(let r): try encoder.encode(r)
                case .person(let r): try encoder.encode(r)
                case .quote(let r): try encoder.encode(r)
                case .figure(let r): try encoder.encode(r)
                case .event(let r): try encoder.encode(r)
                case .question(let r): try encoder.encode(r)
                case .note(let r): try encoder.encode(r)
                }
            #expect(try encoder.encode(record) == direct, "\(ref)")
        }
    }

    @Test func aQuoteIsTitledByItsSpeakersSurname() throws {
        let buras = try #require(index.person(id: "buras"))
        #expect(buras.surname == "Buras")
        let title = try #require(index.summary(of: RecordRef(kind: .quote, id: "quote-buras-1"))?.title)
        #expect(title.hasPrefix("Buras: \u{201C}"))
        #expect(title.count <= "Buras: ".count + 2 + 60, "the words are cut to the title length")
    }

    @Test func eachKindSaysWhereTheDatasetKeepsItAndItsJSONKey() throws {
        let dataset = index.dataset
        // Literal expectations, not the code's own tables: the JSON keys of docs/dataset-format.md and the arrays.
        #expect(
            RecordKind.allCases.map(\.plural) == [
                "pillars", "actors", "people", "quotes", "figures", "events", "questions", "notes",
            ])
        #expect(dataset.records(Quote.self) == dataset.quotes)
        #expect(dataset.records(Person.self) == dataset.people)
        #expect(
            dataset.counts.map(\.count) == [
                dataset.pillars.count, dataset.actors.count, dataset.people.count, dataset.quotes.count,
                dataset.figures.count, dataset.events.count, dataset.questions.count, dataset.notes.count,
            ])
        #expect(index.record(id: "poland", as: Actor.self)?.name == "Poland")
        #expect(index.record(id: "poland", as: Pillar.self) == nil, "the right id under the wrong kind")
    }

    @Test func aHeadingIsTheWholeTitleThatAListShortens() throws {
        let quote = try #require(index.quote(id: "quote-buras-1"))
        #expect(quote.heading == "\u{201C}" + quote.text + "\u{201D}")
        #expect(quote.text.count > 60, "long enough for the list to cut it")
        let pillar = try #require(index.dataset.pillars.first)
        #expect(pillar.heading == "Pillar 1: " + pillar.title)
        #expect(index.summary(of: pillar.ref)?.title == pillar.heading)
        #expect(try #require(index.actor(id: "poland")).heading == "Poland")
    }

    @Test func everySpanARecordCarriesLeadsBackToIt() throws {
        let poland = try #require(index.actor(id: "poland"))
        #expect(poland.spans.count == 2 + poland.roles.count, "its span, its stance's basis and each role")
        for span in poland.spans where span.start < span.end {
            #expect(index.records(supportedBy: span.start).contains(poland.ref))
        }
        for event in index.dataset.events {
            for dispute in event.disputes {
                #expect(index.records(supportedBy: dispute.span.start).contains(event.ref), "\(event.id)")
            }
        }
    }

    @Test func namesOfActorsComeFromTheIndex() {
        #expect(index.actorName("poland") == "Poland")
        #expect(index.actorName("no-such-actor") == "no-such-actor", "an unknown id is printed as it is")
    }
}
