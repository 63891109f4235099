/// Reading the records on two threads (docs/DECISIONS.md 75): this validator reads the first half of every kind's
/// array while a second one, sharing its ids and source text, reads the second half. It serves valid files only:
/// when anything at all is reported, `validate` returns nil and the loader validates the tree again on one thread,
/// so problems, their order, paths and suggestion budgets are always the sequential path's.
extension DatasetValidator {
    /// The second half's validator: the same ids (checked, read only) and source text; its own path and log.
    convenience init(sharing other: DatasetValidator) {
        self.init(problemLimit: other.log.limit)
        definitions = other.definitions
        sourceScalars = other.sourceScalars
    }

    /// Every kind's records, its two halves read at once; nil when a kind's array is missing or is not an array, or
    /// when either half reported a problem (the sequential path then reports them all, in order).
    func recordsOnTwoThreads(_ fields: Fields, into dataset: Dataset) -> Dataset? {
        var arrays: [[JSONNode]] = []
        for kind in RecordKind.allCases {
            guard let node = fields.node(kind.plural), case .array(let nodes) = node.value else { return nil }
            arrays.append(nodes)
        }
        let second = DatasetValidator(sharing: self)
        let (firstHalf, secondHalf) = Concurrently.both(
            { self.readHalf(arrays, first: true, into: dataset) },
            { second.readHalf(arrays, first: false, into: dataset) })
        guard log.isEmpty, second.log.isEmpty else { return nil }
        var joined = JoinedHalves(first: consume firstHalf, second: consume secondHalf, dataset: dataset)
        for kind in RecordKind.allCases { kind.visit(&joined) }
        return joined.dataset
    }

    /// One half of every kind's records, in a dataset of its own. Pillars are all read in the first half: their
    /// numbers are checked against each other as they are read (`pillarNumbers`).
    private func readHalf(_ arrays: [[JSONNode]], first: Bool, into dataset: Dataset) -> Dataset {
        var reading = HalfReading(validator: self, arrays: arrays, first: first, dataset: dataset)
        for kind in RecordKind.allCases { kind.visit(&reading) }
        return reading.dataset
    }

    /// `capacity`: the first half reserves room for the whole kind, so the second is appended in place.
    fileprivate func read<R: Record>(_ type: R.Type, _ nodes: [JSONNode], _ range: Range<Int>, capacity: Int) -> [R] {
        var result: [R] = []
        result.reserveCapacity(capacity)
        inside(.key(R.plural)) {
            for position in range {
                let record = inside(.index(position)) {
                    R.read(RecordReader(validator: self, node: nodes[position], position: position))
                }
                if let record { result.append(record) }
            }
        }
        return result
    }
}

/// Reads one half of each kind into a dataset.
private struct HalfReading: RecordKindVisitor {
    let validator: DatasetValidator
    let arrays: [[JSONNode]]
    let first: Bool
    var dataset: Dataset

    mutating func visit<R: Record>(_ type: R.Type) {
        let nodes = arrays[R.kind.order]
        let middle = R.kind == .pillar ? nodes.count : nodes.count / 2
        let range = first ? 0..<middle : middle..<nodes.count
        dataset.set(validator.read(R.self, nodes, range, capacity: first ? nodes.count : range.count))
    }
}

/// Each kind's first half followed by its second, appended in place: the first half's array is taken out of its
/// dataset (so it is not shared and not copied) and has room for the whole kind.
private struct JoinedHalves: RecordKindVisitor {
    var first: Dataset
    let second: Dataset
    var dataset: Dataset

    mutating func visit<R: Record>(_ type: R.Type) {
        var records = first.records(R.self)
        first.set([R]())
        records.append(contentsOf: second.records(R.self))
        dataset.set(records)
    }
}
