import SummitModel

/// The records linked to one record, grouped by kind in kind order, each group sorted. Worth keeping between
/// frames: for a pillar of a large dataset this is hundreds of thousands of records.
struct LinkedRecords: Sendable {
    let index: DatasetIndex
    let subject: RecordRef
    let byKind: [(kind: RecordKind, refs: [RecordRef])]

    init(_ subject: RecordRef, _ index: DatasetIndex) {
        self.index = index
        self.subject = subject
        let sorted = index.linked(to: subject).sorted()
        // Sorted by kind first, so each kind is one run.
        var groups: [(kind: RecordKind, refs: [RecordRef])] = []
        for ref in sorted {
            if groups.last?.kind == ref.kind {
                groups[groups.count - 1].refs.append(ref)
            } else {
                groups.append((ref.kind, [ref]))
            }
        }
        byKind = groups
    }

    func fits(_ subject: RecordRef, _ index: DatasetIndex) -> Bool { self.subject == subject && self.index === index }
}
