/// Names one record of a dataset: its kind and its id (ids are unique across the whole dataset).
///
/// Ordered by kind (in `RecordKind` order) then id, so sets of refs print deterministically.
/// Dataset order, where it matters, comes from `DatasetIndex.allRefs`.
public struct RecordRef: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public let kind: RecordKind
    public let id: String

    public init(kind: RecordKind, id: String) {
        self.kind = kind
        self.id = id
    }

    public static func < (lhs: RecordRef, rhs: RecordRef) -> Bool {
        if lhs.kind != rhs.kind { return lhs.kind.order < rhs.kind.order }
        return lhs.id < rhs.id
    }

    public var description: String { "\(kind.rawValue):\(id)" }
}
