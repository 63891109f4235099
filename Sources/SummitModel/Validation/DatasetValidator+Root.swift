/// The top level: format version first, then the source (spans need its text), then every kind.
extension DatasetValidator {
    static let rootKeys = ["formatVersion", "title", "source"] + RecordKind.allCases.map(\.plural)

    /// Validates a whole document. Returns the dataset only when no problem at all was found.
    func validate(_ root: JSONNode) -> Dataset? {
        guard case .object = root.value else {
            problem(
                at: root.offset, "the top level is \(ProblemText.describe(root.value)), not an object",
                fix:
                    "a dataset is one JSON object: {\"formatVersion\": \(Dataset.supportedFormatVersion), \"title\": …, \"source\": {…}, \"pillars\": […], …}"
            )
            return nil
        }
        // A newer format may rename or add fields; listing them all as unknown would only be noise.
        guard let formatVersion = formatVersion(root) else { return nil }
        guard let fields = fields(root, what: "a dataset", known: Self.rootKeys) else { return nil }
        collectDefinitions(fields)

        let title = string(fields, "title", nonEmpty: true) ?? ""
        var source: Source?
        if let sourceNode = field(
            fields, "source", required: true, expected: "{\"title\": …, \"author\": …, \"outlet\": …, \"text\": …}")
        {
            source = inside(.key("source")) { self.source(sourceNode) }
        }
        if let text = source?.text, !text.isEmpty {
            sourceScalars = Array(text.unicodeScalars)
        }

        // Every kind is read even without a usable source, to report all of their problems.
        let dataset = records(
            fields,
            into: Dataset(
                formatVersion: formatVersion, title: title,
                source: source ?? Source(title: "", standfirst: nil, author: "", outlet: "", credit: nil, text: "")))
        guard let dataset, log.isEmpty, source != nil else { return nil }
        return dataset
    }

    /// Every kind's records, each read by its kind's reader (`Record.read`), then the checks across pillars.
    /// Nil when read on two threads and either reported a problem (the caller validates again on one).
    private func records(_ fields: Fields, into dataset: Dataset) -> Dataset? {
        let read: Dataset
        if readsOnTwoThreads {
            // Something already reported (a duplicate id, the title…): the sequential path will report it all.
            guard log.isEmpty, let records = recordsOnTwoThreads(fields, into: dataset) else { return nil }
            read = records
        } else {
            var reading = KindReading(validator: self, fields: fields, dataset: dataset)
            for kind in RecordKind.allCases { kind.visit(&reading) }
            read = reading.dataset
        }
        // Gaps count every element of "pillars", read or not.
        var elements = 0
        if let node = fields.node(Pillar.plural), case .array(let nodes) = node.value { elements = nodes.count }
        checkPillarNumbersHaveNoGaps(pillarNumbers, count: elements)
        return read
    }

    /// Pillars are numbered 1, 2, 3… in the article's order: with unique positive numbers,
    /// any number above the count marks a gap.
    private func checkPillarNumbersHaveNoGaps(_ numbers: [Int: PillarNumber], count: Int) {
        for (number, first) in numbers where number > count {
            path = [.key("pillars"), .index(first.index), .key("number")]
            problem(
                at: first.offset,
                "pillar number \(number) leaves a gap: there \(count == 1 ? "is 1 pillar" : "are \(count) pillars")",
                fix: "number the pillars 1 to \(count) in the article's order")
        }
        path = []
    }

    /// One kind's array: every element read by the kind's reader; those that fail are left out (and reported).
    fileprivate func records<R: Record>(_ fields: Fields, _ type: R.Type) -> [R] {
        var position = 0
        return array(fields, R.plural, expected: "[…] (an array of \(R.plural); [] if there are none)") { node in
            defer { position += 1 }
            return R.read(RecordReader(validator: self, node: node, position: position))
        }
    }

    /// The format version, or nil when this build cannot read the file at all (a newer format).
    /// A missing or odd version is reported but reading goes on as format 1, to find everything else.
    private func formatVersion(_ root: JSONNode) -> Int? {
        let supported = Dataset.supportedFormatVersion
        guard case .object(let members) = root.value,
            let node = members.first(where: { $0.key == "formatVersion" })?.node
        else {
            inside(.key("formatVersion")) {
                problem(
                    at: root.offset, "the format version is missing",
                    fix: "add \"formatVersion\": \(supported) as the first field of the top-level object")
            }
            return supported
        }
        return inside(.key("formatVersion")) {
            guard let version = integer(node) else { return supported }
            if version > supported {
                problem(
                    at: node.offset, "this dataset uses format \(version); this summit reads format \(supported)",
                    fix: "upgrade summit to a version that reads format \(version)")
                return nil
            }
            if version != supported {
                problem(
                    at: node.offset, "unknown format version \(version); the only format is \(supported)",
                    fix: "set \"formatVersion\" to \(supported) and check the file against docs/dataset-format.md")
            }
            return supported
        }
    }
}

/// Reads one kind after another into the dataset.
private struct KindReading: RecordKindVisitor {
    let validator: DatasetValidator
    let fields: DatasetValidator.Fields
    var dataset: Dataset

    mutating func visit<R: Record>(_ type: R.Type) { dataset.set(validator.records(fields, R.self)) }
}
