/// The kinds of record, in the order they are listed everywhere. `visit` is the one place a kind meets its Swift
/// type; every other fact of a kind (its plural, where a dataset keeps it, its title, spans, search text, names,
/// facets, links and JSON reader) is asked of the type (`Record`, in `<Kind>+Record.swift`).
public enum RecordKind: String, Hashable, Sendable, Codable, CaseIterable {
    case pillar, actor, person, quote, figure, event, question, note

    /// Calls the visitor with this kind's record type. Code that works on any kind is written once, generic over
    /// `Record`, and runs as each kind's own type (specialised, no existential box per record).
    func visit<V: RecordKindVisitor>(_ visitor: inout V) -> V.Result {
        switch self {
        case .pillar: visitor.visit(Pillar.self)
        case .actor: visitor.visit(Actor.self)
        case .person: visitor.visit(Person.self)
        case .quote: visitor.visit(Quote.self)
        case .figure: visitor.visit(Figure.self)
        case .event: visitor.visit(Event.self)
        case .question: visitor.visit(Question.self)
        case .note: visitor.visit(Note.self)
        }
    }

    /// Plural name, as used for JSON keys and command names.
    public var plural: String {
        var name = PluralName()
        return visit(&name)
    }

    /// Position in `RecordKind.allCases`: the order kinds are listed and ranked in. A switch rather than a search of
    /// `allCases`, since sorting refs compares kinds millions of times.
    public var order: Int {
        switch self {
        case .pillar: 0
        case .actor: 1
        case .person: 2
        case .quote: 3
        case .figure: 4
        case .event: 5
        case .question: 6
        case .note: 7
        }
    }
}

/// Generic code run for one kind's record type (see `RecordKind.visit`).
protocol RecordKindVisitor {
    associatedtype Result
    mutating func visit<R: Record>(_ type: R.Type) -> Result
}

private struct PluralName: RecordKindVisitor {
    func visit<R: Record>(_ type: R.Type) -> String { R.plural }
}
