/// One record of any kind, as its typed value. The one place that lists the record types; everything else asks
/// `value` (a `Record`) for the kind's facts.
public enum AnyRecord: Hashable, Sendable, Encodable {
    case pillar(Pillar), actor(Actor), person(Person), quote(Quote)
    case figure(Figure), event(Event), question(Question), note(Note)

    public var value: any Record {
        switch self {
        case .pillar(let r): r
        case .actor(let r): r
        case .person(let r): r
        case .quote(let r): r
        case .figure(let r): r
        case .event(let r): r
        case .question(let r): r
        case .note(let r): r
        }
    }

    public var kind: RecordKind { type(of: value).kind }
    public var id: String { value.id }
    public var ref: RecordRef { RecordRef(kind: kind, id: id) }
    /// The span that supports the record as a whole (a note may have none).
    public var span: SourceSpan? { value.supportingSpan }

    /// Exactly the dataset-format record (docs/dataset-format.md): one shape, no second schema.
    public func encode(to encoder: Encoder) throws { try value.encode(to: encoder) }
}
