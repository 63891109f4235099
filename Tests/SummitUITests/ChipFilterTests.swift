import Testing

@testable import SummitModel
@testable import SummitUI
@testable import summit_bench

/// The explorer's lists under chips and a search typed on and deleted must hold exactly the records a brute-force
/// test of every record gives: the link lists, kept matches and position intersections behind `FilteredLists` are
/// held to each record's own facet values (`pillarIDs`, `actorIDs`, `speakerIDs`), its `linkedRefs` and a direct
/// text check. Over the synthetic dataset (lists long enough for the merge paths) and the bundled one.
@Suite struct ChipFilterTests {
    /// Whether a record passes a chip, by asking the record itself: no index list is involved.
    static func passes(_ ref: RecordRef, _ chip: FilterChip, _ index: DatasetIndex) -> Bool {
        switch chip {
        case .text(let q): index.matches(ref, query: q)
        case .linked(let anchor):
            ref.kind == anchor.kind
                || (ref != anchor
                    && ((index.record(anchor)?.value.linkedRefs(index) ?? []).contains(ref)
                        || index.notes(about: anchor.id).contains { $0.ref == ref }))
        case .actor(let id): index.actorIDs(of: ref).contains(id)
        case .stance(let s): index.actorIDs(of: ref).contains { index.actor(id: $0)?.stance.value == s }
        case .speaker(let id): index.speakerIDs(of: ref).contains(id)
        case .pillar(let id): index.pillarIDs(of: ref).contains(id)
        case .kind(let k): ref.kind == k
        case .pinned(let pins): pins.contains(ref)
        }
    }

    static func randomChip(_ random: inout SyntheticDataset.Generator, _ index: DatasetIndex) -> FilterChip {
        let d = index.dataset
        func pick<T>(_ xs: [T]) -> T { xs[random.below(xs.count)] }
        return switch random.below(7) {
        case 0: .actor(pick(d.actors).id)
        case 1: .stance(pick(d.actors).stance.value)
        case 2: .speaker(pick(d.people).id)
        case 3: .pillar(pick(d.pillars).id)
        case 4: .linked(pick(index.allRefs))
        case 5: .kind(pick(RecordKind.allCases))
        default: .text(IndexedSearchTests.randomQuery(&random, index.searchText.bytes))
        }
    }

    func expectBruteForce(_ s: ExplorerState, _ index: DatasetIndex, _ what: String) {
        let chips = s.effectiveChips
        for pane in PaneID.lists {
            guard let kind = pane.kind else { continue }
            let expected = index.refs(of: kind).filter { ref in chips.allSatisfy { Self.passes(ref, $0, index) } }
            #expect(Array(s.rows(of: pane, index)) == expected, "\(what): \(pane)")
        }
    }

    @Test(arguments: [7, 8, 9, 0xC41F] as [UInt64])
    func listsUnderChipsAndTypingEqualBruteForce(seed: UInt64) throws {
        var random = SyntheticDataset.Generator(state: seed)
        for index in [IndexedSearchTests.synthetic, Bundled.index] {
            for _ in 0..<4 {
                var s = ExplorerState(size: Size(width: 120, height: 40))
                s.chips = (0...random.below(2)).map { _ in Self.randomChip(&random, index) }
                s.normalize(index)
                expectBruteForce(s, index, "seed \(seed), chips \(s.chips)")
                // Type a query on letter by letter, then delete it (Backspace reads kept results).
                let query = IndexedSearchTests.randomQuery(&random, index.searchText.bytes)
                let keys =
                    "/".map { Key.character($0) } + query.map { Key.character($0) }
                    + Array(repeating: Key.backspace, count: query.count)
                for key in keys {
                    s = Reducer.reduce(s, KeyMap.standard.command(for: .key(key), in: s.mode.kind), index).state
                    expectBruteForce(s, index, "seed \(seed), chips \(s.chips), typed \(s.effectiveChips.last!)")
                }
            }
        }
    }

    /// Each facet's link list holds exactly the records the per-record facet test passes, for every value.
    @Test func facetListsEqualTheFacetTest() {
        for index in [IndexedSearchTests.synthetic, Bundled.index] {
            let d = index.dataset
            let facets =
                d.actors.map { Facets(actors: [$0.id]) } + d.pillars.map { Facets(pillars: [$0.id]) }
                + d.people.map { Facets(speakers: [$0.id]) } + StanceValue.allCases.map { Facets(stances: [$0]) }
                + [Facets(pillars: [d.pillars[0].id], actors: [d.actors[0].id, d.actors[1].id])]
                + StanceValue.allCases.flatMap { a in StanceValue.allCases.map { Facets(stances: [a, $0]) } }
                + [Facets(pillars: [d.pillars[1].id], stances: [d.actors[0].stance.value])]
            for f in facets {
                let check = DatasetIndex.FacetCheck(f, actors: d.actors)
                let expected = index.allRefs.indices.filter { index.satisfies($0, check) }.map(Int32.init)
                #expect(index.facetPositions(f) == expected, "\(f)")
                // Asked again, a stance chip reads its kept list (StanceLists): still the same records.
                #expect(index.facetPositions(f) == expected, "again: \(f)")
            }
        }
    }

    /// The selection's row, found by binary search over ascending positions (by a pass in the pins view), is
    /// where the brute-force rows hold the selected record, or 0 when the chips hide it.
    @Test(arguments: [3, 4, 0xBEEF] as [UInt64])
    func selectedRowIsWhereTheRowsHoldTheSelection(seed: UInt64) {
        var random = SyntheticDataset.Generator(state: seed)
        for index in [IndexedSearchTests.synthetic, Bundled.index] {
            for round in 0..<12 {
                var s = ExplorerState(size: Size(width: 120, height: 40))
                if round % 4 == 3 {
                    // The pins view keeps pin order, not dataset order.
                    let pins = (0..<5).map { _ in index.allRefs[random.below(index.allRefs.count)] }
                    s.chips = [.pinned(Array(pins.reversed()))]
                } else {
                    s.chips = (0..<random.below(3)).map { _ in Self.randomChip(&random, index) }
                }
                s.normalize(index)
                for pane in PaneID.lists {
                    guard let kind = pane.kind else { continue }
                    let all = index.refs(of: kind)
                    let rows = s.rows(of: pane, index)
                    let brute = Array(rows)
                    for _ in 0..<8 {
                        let pick = all[random.below(all.count)]
                        s.selection[pane] = pick
                        #expect(s.selectedRow(of: pane, rows: rows) == (brute.firstIndex(of: pick) ?? 0), "\(pane)")
                    }
                }
            }
        }
    }

    /// The link lists read as positions give exactly each record's own `linkedRefs` and the notes about it.
    @Test func linkListsEqualEachRecordsOwnLinks() {
        for index in [IndexedSearchTests.synthetic, Bundled.index] {
            for anchor in index.allRefs {
                let own = Set(
                    (index.record(anchor)!.value.linkedRefs(index) + index.notes(about: anchor.id).map(\.ref))
                        .filter { index.contains($0) && $0 != anchor })
                #expect(index.linked(to: anchor) == own, "\(anchor)")
                #expect(index.linkedPositions(to: anchor) == own.map { Int32(index.position(of: $0)!) }.sorted())
            }
        }
    }

    /// The ranking reads kept scores: the best of a list's rows is the first of a full search among them.
    @Test(arguments: ["troops", "e", "na fo", "pillar", "quote-12"])
    func bestAmongRowsIsTheFirstSearchHit(query: String) {
        let index = IndexedSearchTests.synthetic
        for kind in RecordKind.allCases {
            let rows = index.positions(of: kind)
            let best = index.best(amongRows: rows, query: query)
            #expect(best == index.scanSearch(query, facets: Facets(kinds: [kind])).first, "\(query) in \(kind)")
            let few = Array(rows.prefix(10))
            let firstOfFew = index.scanSearch(query, facets: Facets(kinds: [kind])).first {
                few.contains(Int32(index.position(of: $0.ref)!))
            }
            #expect(index.best(amongRows: few, query: query) == firstOfFew, "\(query) among 10 \(kind)")
            // Exactly the kind's matches (a list under this search alone: ranked off the kept scores' slice).
            let matching = rows.filter { index.matches(index.ref(at: $0), query: query) }
            #expect(index.best(amongRows: matching, query: query) == best, "\(query) among the matches, \(kind)")
            // Pin order (not ascending), and the rows without the best one (an exact name's bonus must not
            // reach a record that is not among the rows).
            #expect(index.best(amongRows: rows.reversed(), query: query) == best, "\(query) reversed \(kind)")
            if let best, let p = index.position(of: best.ref) {
                let without = rows.filter { $0 != Int32(p) }
                let next = index.scanSearch(query, facets: Facets(kinds: [kind])).first { $0.ref != best.ref }
                #expect(index.best(amongRows: without, query: query) == next, "\(query) without the best \(kind)")
                #expect(index.best(amongRows: without.reversed(), query: query) == next, "\(query) without, reversed")
            }
        }
    }
}
