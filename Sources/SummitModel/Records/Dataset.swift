/// A whole dataset: one source article and the records drawn from it. Immutable once loaded.
public struct Dataset: Hashable, Sendable, Codable {
    /// The format version this build reads. See docs/dataset-format.md.
    public static let supportedFormatVersion = 1

    public let formatVersion: Int
    /// A short name for the dataset, shown in headers.
    public let title: String
    public let source: Source
    // One array per kind (`Record.inDataset` names it); set only while loading, so a loaded dataset never changes.
    public internal(set) var pillars: [Pillar]
    public internal(set) var actors: [Actor]
    public internal(set) var people: [Person]
    public internal(set) var quotes: [Quote]
    public internal(set) var figures: [Figure]
    public internal(set) var events: [Event]
    public internal(set) var questions: [Question]
    public internal(set) var notes: [Note]

    public init(
        formatVersion: Int = Dataset.supportedFormatVersion, title: String, source: Source,
        pillars: [Pillar] = [], actors: [Actor] = [], people: [Person] = [], quotes: [Quote] = [],
        figures: [Figure] = [], events: [Event] = [], questions: [Question] = [], notes: [Note] = []
    ) {
        self.formatVersion = formatVersion
        self.title = title
        self.source = source
        self.pillars = pillars
        self.actors = actors
        self.people = people
        self.quotes = quotes
        self.figures = figures
        self.events = events
        self.questions = questions
        self.notes = notes
    }
}

extension Dataset {
    /// Number of records of each kind, in `RecordKind` order.
    public var counts: [(kind: RecordKind, count: Int)] {
        RecordKind.allCases.map { kind in
            var count = RecordCount(dataset: self)
            return (kind, kind.visit(&count))
        }
    }

    /// The records of one kind, as their own type.
    public func records<R: Record>(_ type: R.Type = R.self) -> [R] { self[keyPath: R.inDataset] }

    /// Sets one kind's records: the validator fills a dataset kind by kind.
    mutating func set<R: Record>(_ records: [R]) { self[keyPath: R.inDataset] = records }
}

private struct RecordCount: RecordKindVisitor {
    let dataset: Dataset
    func visit<R: Record>(_ type: R.Type) -> Int { dataset.records(R.self).count }
}
