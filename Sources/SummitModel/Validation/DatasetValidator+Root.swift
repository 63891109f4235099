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

        var numbers: [Int: PillarNumber] = [:]
        var pillarIndex = 0
        let pillars = records(fields, .pillar) { node -> Pillar? in
            defer { pillarIndex += 1 }
            return pillar(node, numbers: &numbers, index: pillarIndex)
        }
        checkPillarNumbersHaveNoGaps(numbers, count: pillarIndex)
        let actors = records(fields, .actor) { actor($0) }
        let people = records(fields, .person) { person($0) }
        let quotes = records(fields, .quote) { quote($0) }
        let figures = records(fields, .figure) { figure($0) }
        let events = records(fields, .event) { event($0) }
        let questions = records(fields, .question) { question($0) }
        let notes = records(fields, .note) { note($0) }

        guard log.isEmpty, let source else { return nil }
        return Dataset(
            formatVersion: formatVersion, title: title, source: source, pillars: pillars, actors: actors,
            people: people, quotes: quotes, figures: figures, events: events, questions: questions, notes: notes)
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

    private func records<T>(_ fields: Fields, _ kind: RecordKind, read: (JSONNode) -> T?) -> [T] {
        array(fields, kind.plural, expected: "[…] (an array of \(kind.plural); [] if there are none)", element: read)
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
