import Testing

@testable import SummitModel
@testable import summit_bench

/// The detail pane's linked records (`linkedGroups(to:)`), picked in part and sorted the rest of the way only when
/// read, must list exactly `linked(to:)` sorted as `RecordRef` sorts: the same records, grouped by kind, in id order.
@Suite struct LinkedGroupTests {
    /// Large enough that a pillar links to more records than a group picks up front (the lazy path).
    static let index = DatasetIndex(SyntheticDataset.make(records: 12_000))

    @Test func groupsEqualTheSortedLinks() throws {
        let index = Self.index
        var random = SyntheticDataset.Generator(state: 11)
        let refs = index.allRefs
        let anchors =
            index.refs(of: .pillar) + index.refs(of: .actor).prefix(3)
            + (0..<40).map { _ in refs[random.below(refs.count)] }
        var sawLazy = false
        for anchor in anchors {
            let groups = index.linkedGroups(to: anchor)
            sawLazy = sawLazy || groups.contains { $0.count > 2 * LinkedGroup.headCount }
            #expect(groups.flatMap { Array($0) } == index.linked(to: anchor).sorted(), "\(anchor)")
            #expect(groups.allSatisfy { g in !g.isEmpty && g.allSatisfy { $0.kind == g.kind } }, "\(anchor)")
        }
        #expect(sawLazy, "no group long enough for the partial selection")
    }

    /// Read past the head first, then inside it: the same rows as in order.
    @Test func rowsReadOutOfOrderAgree() throws {
        let index = Self.index
        let pillar = try #require(index.refs(of: .pillar).first)
        let group = try #require(index.linkedGroups(to: pillar).max { $0.count < $1.count })
        let expected = index.linked(to: pillar).filter { $0.kind == group.kind }.sorted()
        for i in [group.count - 1, LinkedGroup.headCount, 0, LinkedGroup.headCount - 1] {
            #expect(group[i] == expected[i], "row \(i)")
        }
    }

    @Test(arguments: [0, 1, 5, 300] as [Int])
    func smallestIsTheSortedPrefix(k: Int) {
        var random = SyntheticDataset.Generator(state: UInt64(k + 3))
        for count in [0, 1, k, 2 * k + 7, 5_000] {
            let values = (0..<count).map { _ in Int32(random.below(1_000_000)) }
            #expect(LinkedGroup.smallest(k, of: values, by: <) == Array(values.sorted().prefix(k)), "\(count)")
        }
    }
}
