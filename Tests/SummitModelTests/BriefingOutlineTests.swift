import SummitData
import SummitModel
import Testing

/// What goes into a briefing: the order of sections for the whole dataset, and for pins.
@Suite struct BriefingOutlineTests {
    let index: DatasetIndex

    init() throws { index = DatasetIndex(try BundledDataset.load()) }

    private func ref(_ kind: RecordKind, _ id: String) -> RecordRef { RecordRef(kind: kind, id: id) }

    @Test func wholeDatasetInBriefingOrder() {
        let outline = BriefingOutline(index)
        let kinds = outline.sections.map(\.kind)
        let data = index.dataset
        let expected: [BriefingSection.Kind] =
            [.title] + Array(repeating: .pillar, count: data.pillars.count) + [.offers, .figures]
            + Array(repeating: .quote, count: data.quotes.count) + [.questions, .closing]
        #expect(kinds == expected)
        #expect(outline.sections[1].heading == "Pillar 1")
        #expect(outline.sections[1].subject == ref(.pillar, "pillar-1"))
        // A pillar lists its linked actors, then its quotes, as the index links them.
        let pillar1 = outline.sections[1].items
        #expect(
            pillar1 == index.actors(onPillar: "pillar-1").map(\.ref) + index.quotes(onPillar: "pillar-1").map(\.ref))
        #expect(!pillar1.isEmpty)
        #expect(outline.sections.first { $0.kind == .offers }?.items == data.actors.map(\.ref))
        #expect(outline.sections.first { $0.kind == .figures }?.items == data.figures.map(\.ref))
        #expect(outline.sections.filter { $0.kind == .quote }.compactMap(\.subject) == data.quotes.map(\.ref))
        #expect(outline.sections.first { $0.kind == .questions }?.items == data.questions.map(\.ref))
    }

    @Test func pinsInPinOrderWithRunsGrouped() {
        let pins = [
            ref(.quote, "quote-buras-1"), ref(.actor, "poland"), ref(.actor, "france"),
            ref(.figure, "figure-force-estimate"),
            ref(.actor, "germany"), ref(.event, index.dataset.events[0].id), ref(.question, "question-mandate"),
        ]
        let outline = BriefingOutline(index, pins: pins)
        #expect(
            outline.sections.map(\.kind) == [.title, .quote, .offers, .figures, .offers, .record, .questions, .closing])
        #expect(outline.sections[2].items == [ref(.actor, "poland"), ref(.actor, "france")])
        #expect(outline.sections[4].items == [ref(.actor, "germany")])
        #expect(outline.sections[5].heading == "Event")
        // Every pin appears, in pin order, exactly once.
        #expect(outline.sections.flatMap(\.refs) == pins)
    }

    @Test func pinnedPillarListsOnlyPinnedLinks() throws {
        let linked = index.actors(onPillar: "pillar-1").map(\.ref)
        try #require(linked.count > 1)
        let outline = BriefingOutline(index, pins: [ref(.pillar, "pillar-1"), linked[1]])
        #expect(outline.sections[1].kind == .pillar)
        #expect(outline.sections[1].items == [linked[1]])
    }

    @Test func pinsTheDatasetLacksAreSkipped() {
        let outline = BriefingOutline(index, pins: [ref(.actor, "atlantis"), ref(.actor, "poland")])
        #expect(outline.sections.map(\.kind) == [.title, .offers, .closing])
        #expect(outline.sections[1].items == [ref(.actor, "poland")])
        #expect(BriefingOutline(index, pins: []).sections.map(\.kind) == [.title, .closing])
    }
}
