import SummitModel

/// The records linked to one record, grouped by kind in kind order, each group in id order. Worth keeping between
/// frames: for a pillar of a large dataset this is hundreds of thousands of records (sorted as far as they are read).
struct LinkedRecords: Sendable {
    let index: DatasetIndex
    let subject: RecordRef
    let byKind: [(kind: RecordKind, refs: LinkedGroup)]

    init(_ subject: RecordRef, _ index: DatasetIndex) {
        self.index = index
        self.subject = subject
        byKind = index.linkedGroups(to: subject).map { ($0.kind, $0) }
    }

    func fits(_ subject: RecordRef, _ index: DatasetIndex) -> Bool { self.subject == subject && self.index === index }
}
