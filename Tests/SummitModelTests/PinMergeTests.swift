import Testing

@testable import SummitModel

/// Two summits changing one pins file (an explorer open while `summit pins add` runs in another shell): neither
/// loses the other's pins.
@Suite struct PinMergeTests {
    func pins(_ ids: String...) -> PinList { PinList(ids.map { RecordRef(kind: .actor, id: $0) }) }
    func ids(_ list: PinList) -> [String] { list.refs.map(\.id) }

    @Test func whenOnlyOneSideChangedThatSideIsTaken() {
        let base = pins("a", "b")
        #expect(ids(PinList.merge(base: base, ours: pins("b", "a", "c"), theirs: base)) == ["b", "a", "c"])
        #expect(ids(PinList.merge(base: base, ours: base, theirs: pins("a"))) == ["a"])
    }

    @Test func bothSidesPinsAreKeptTheirsFirst() {
        let merged = PinList.merge(base: pins("a", "b"), ours: pins("a", "b", "c"), theirs: pins("a", "b", "d"))
        #expect(ids(merged) == ["a", "b", "d", "c"])
    }

    @Test func whatEitherSideUnpinnedStaysUnpinned() {
        // We unpinned b and pinned c; they unpinned a and pinned d.
        let merged = PinList.merge(base: pins("a", "b"), ours: pins("a", "c"), theirs: pins("b", "d"))
        #expect(ids(merged) == ["d", "c"])
    }

    @Test func aPinBothSidesAddedIsKeptOnce() {
        let merged = PinList.merge(base: pins("a"), ours: pins("a", "x"), theirs: pins("a", "x", "y"))
        #expect(ids(merged) == ["a", "x", "y"])
    }
}
