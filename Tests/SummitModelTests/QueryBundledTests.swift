import SummitData
import SummitModel
import Testing

/// The query engine on the real bundled dataset: what a user of `summit actor …` and the explorer will type.
@Suite struct QueryBundledTests {
    let index: DatasetIndex

    init() throws {
        index = DatasetIndex(try BundledDataset.load())
    }

    @Test func aliasesUsersType() {
        for (typed, id) in [
            ("uk", "united-kingdom"), ("U.K.", "united-kingdom"), ("britain", "united-kingdom"),
            ("u.s.", "united-states"), ("America", "united-states"), ("kremlin", "russia"),
            ("turkiye", "turkey"), ("Türkiye", "turkey"), ("ankara", "turkey"), ("poland", "poland"),
        ] {
            #expect(index.resolveActor(typed).value?.id == id, "\(typed)")
        }
        #expect(index.resolvePerson("buras").value?.id == "buras")
        #expect(index.resolvePerson("Piotr Buras").value?.id == "buras")
        if case .notFound(let suggestions) = index.resolveActor("polnad") {
            #expect(suggestions.first?.id == "poland")
        } else {
            Issue.record("a misspelt actor should not resolve")
        }
    }

    @Test func searchAcrossTheArticle() {
        #expect(index.search("turkiye").first?.ref == RecordRef(kind: .actor, id: "turkey"))
        #expect(index.search("buras").contains { $0.ref == RecordRef(kind: .quote, id: "quote-buras-1") })
        // Curly apostrophes in the quotes are found with a straight one.
        #expect(index.search("doesn't").contains { $0.ref == RecordRef(kind: .quote, id: "quote-buras-2") })
        #expect(index.quotes(bySpeaker: "buras").count == 4)
    }

    @Test func everyRecordHasASummaryAndIsFoundByItsOwnSpan() throws {
        for ref in index.allRefs {
            let summary = try #require(index.summary(of: ref), "\(ref)")
            #expect(!summary.title.isEmpty)
            guard let span = index.span(of: ref), span.start < span.end else { continue }
            #expect(index.records(supportedBy: span.start).contains(ref), "\(ref)")
        }
    }

    @Test func crossReferencesAreSymmetric() {
        // The explorer's cross-filter must agree whichever side is selected.
        let pairs: Set<[RecordKind]> = [
            [.actor, .pillar], [.pillar, .actor], [.actor, .quote], [.quote, .actor],
            [.person, .quote], [.quote, .person], [.actor, .person], [.person, .actor],
        ]
        for ref in index.allRefs {
            for other in index.linked(to: ref) where pairs.contains([ref.kind, other.kind]) {
                #expect(index.linked(to: other).contains(ref), "\(ref) → \(other) but not back")
            }
        }
        #expect(!index.linked(to: RecordRef(kind: .actor, id: "poland")).isEmpty)
    }
}
