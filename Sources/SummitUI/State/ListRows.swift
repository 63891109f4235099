import SummitModel

/// A list pane's rows as a view over their positions in `DatasetIndex.allRefs`: a row's ref is read when it is
/// used, so a list of a million rows costs its positions alone and a frame reads only the rows it draws; the count
/// is the positions' length. The selection's row is found by binary search while the positions ascend (every
/// chip but the pins view keeps dataset order), by a pass over the rows otherwise (the pins view: a few rows).
public struct ListRows: RandomAccessCollection, Equatable, Sendable {
    let positions: [Int32]
    let ascending: Bool
    private let index: DatasetIndex

    init(_ positions: [Int32], ascending: Bool, _ index: DatasetIndex) {
        self.positions = positions
        self.ascending = ascending
        self.index = index
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { positions.count }
    public subscript(i: Int) -> RecordRef { index.ref(at: positions[i]) }

    /// The row showing `ref`, or nil when the chips hide it.
    public func row(of ref: RecordRef) -> Int? {
        guard let position = index.position(of: ref).map(Int32.init) else { return nil }
        return SortedPositions.index(of: position, in: positions, ascending: ascending)
    }

    public static func == (a: ListRows, b: ListRows) -> Bool { a.elementsEqual(b) }
}
