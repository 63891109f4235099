import SummitModel

/// Any record, encoded exactly as in the dataset format (docs/dataset-format.md).
enum AnyRecord: Encodable, Sendable {
    case pillar(Pillar), actor(Actor), person(Person), quote(Quote), figure(Figure), event(Event), question(Question), note(Note)

    func encode(to encoder: Encoder) throws {
        switch self {
        case .pillar(let r): try r.encode(to: encoder)
        case .actor(let r): try r.encode(to: encoder)
        case .person(let r): try r.encode(to: encoder)
        case .quote(let r): try r.encode(to: encoder)
        case .figure(let r): try r.encode(to: encoder)
        case .event(let r): try r.encode(to: encoder)
        case .question(let r): try r.encode(to: encoder)
        case .note(let r): try r.encode(to: encoder)
        }
    }
}
