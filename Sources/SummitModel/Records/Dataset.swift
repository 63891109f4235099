/// A whole dataset: one source article and the records drawn from it. Immutable once loaded.
public struct Dataset: Hashable, Sendable, Codable {
    /// The format version this build reads. See docs/dataset-format.md.
    public static let supportedFormatVersion = 1

    public let formatVersion: Int
    /// A short name for the dataset, shown in headers.
    public let title: String
    public let source: Source
    public let pillars: [Pillar]
    public let actors: [Actor]
    public let people: [Person]
    public let quotes: [Quote]
    public let figures: [Figure]
    public let events: [Event]
    public let questions: [Question]
    public let notes: [Note]

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

/// The kinds of record, in the order they are listed everywhere.
public enum RecordKind: String, Hashable, Sendable, Codable, CaseIterable {
    case pillar, actor, person, quote, figure, event, question, note

    /// Plural name, as used for JSON keys and command names.
    public var plural: String {
        switch self {
        case .pillar: "pillars"
        case .actor: "actors"
        case .person: "people"
        case .quote: "quotes"
        case .figure: "figures"
        case .event: "events"
        case .question: "questions"
        case .note: "notes"
        }
    }
}

extension Dataset {
    /// Number of records of each kind, in `RecordKind` order.
    public var counts: [(kind: RecordKind, count: Int)] {
        [
            (.pillar, pillars.count), (.actor, actors.count), (.person, people.count), (.quote, quotes.count),
            (.figure, figures.count), (.event, events.count), (.question, questions.count), (.note, notes.count),
        ]
    }
}
