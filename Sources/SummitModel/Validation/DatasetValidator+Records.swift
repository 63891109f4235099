/// Readers for each record kind. Each reports its own problems and returns a record built from
/// what could be read (placeholders where not); the caller discards everything if anything was reported.
extension DatasetValidator {
    func source(_ node: JSONNode) -> Source? {
        guard
            let fields = fields(
                node, what: "the source article",
                known: ["title", "standfirst", "author", "outlet", "credit", "text"])
        else { return nil }
        let text = string(fields, "text", nonEmpty: true)
        return Source(
            title: string(fields, "title", nonEmpty: true) ?? "",
            standfirst: string(fields, "standfirst", required: false),
            author: string(fields, "author", nonEmpty: true) ?? "",
            outlet: string(fields, "outlet", nonEmpty: true) ?? "",
            credit: string(fields, "credit", required: false),
            text: text ?? "")
    }

    /// Where each pillar number was first used, for duplicate and gap checks.
    struct PillarNumber {
        let index: Int
        let offset: Int
    }

    func pillar(_ node: JSONNode, at index: Int) -> Pillar? {
        guard let fields = fields(node, what: "a pillar", known: ["id", "number", "title", "text", "span", "note"])
        else { return nil }
        let id = string(fields, "id", nonEmpty: true) ?? ""
        let number = integer(fields, "number")
        if let number, let numberNode = fields.node("number") {
            inside(.key("number")) {
                if number < 1 {
                    problem(
                        at: numberNode.offset, "pillar number \(number) is not positive",
                        fix: "number pillars 1, 2, 3… in the article's order")
                } else if let first = pillarNumbers[number] {
                    problem(
                        at: numberNode.offset, "pillar number \(number) is already used by $.pillars[\(first.index)]",
                        fix: "give each pillar its own number, in the article's order")
                } else {
                    pillarNumbers[number] = PillarNumber(index: index, offset: numberNode.offset)
                }
            }
        }
        let title = string(fields, "title", nonEmpty: true) ?? ""
        let text = string(fields, "text", nonEmpty: true)
        let span = span(fields, "span")
        if let text { checkVerbatim(text, span: span, textNode: fields.node("text"), what: "pillar clause") }
        return Pillar(
            id: id, number: number ?? 0, title: title, text: text ?? "", span: span ?? Self.placeholderSpan,
            note: string(fields, "note", required: false))
    }

    func actor(_ node: JSONNode) -> Actor? {
        guard
            let fields = fields(
                node, what: "an actor",
                known: ["id", "name", "kind", "aliases", "stance", "roles", "span"])
        else { return nil }
        let id = string(fields, "id", nonEmpty: true) ?? ""
        let name = string(fields, "name", nonEmpty: true) ?? ""
        let kind = enumeration(fields, "kind", ActorKind.self, name: "actor kind")
        let aliases = strings(fields, "aliases")
        var stance: Stance?
        if let stanceNode = field(
            fields, "stance", required: true, expected: "{\"value\": \"…\", \"basis\": \(Self.spanExample)}")
        {
            stance = inside(.key("stance")) { self.stance(stanceNode) }
        }
        let roles = array(
            fields, "roles", expected: "[{\"text\": \"…\", \"span\": …, \"pillars\": […]}] (possibly empty)"
        ) { role($0) }
        return Actor(
            id: id, name: name, kind: kind ?? .country, aliases: aliases,
            stance: stance ?? Stance(value: .unclear, basis: Self.placeholderSpan),
            roles: roles, span: span(fields, "span") ?? Self.placeholderSpan)
    }

    private func stance(_ node: JSONNode) -> Stance? {
        guard let fields = fields(node, what: "a stance", known: ["value", "basis", "note"]) else { return nil }
        let value = enumeration(fields, "value", StanceValue.self, name: "stance value")
        return Stance(
            value: value ?? .unclear, basis: span(fields, "basis") ?? Self.placeholderSpan,
            note: string(fields, "note", required: false))
    }

    private func role(_ node: JSONNode) -> Role? {
        guard let fields = fields(node, what: "a role", known: ["text", "span", "pillars"]) else { return nil }
        return Role(
            text: string(fields, "text", nonEmpty: true) ?? "", span: span(fields, "span") ?? Self.placeholderSpan,
            pillars: references(fields, "pillars", to: .pillar))
    }

    func person(_ node: JSONNode) -> Person? {
        guard
            let fields = fields(
                node, what: "a person",
                known: ["id", "name", "role", "organisation", "actor", "span"])
        else { return nil }
        return Person(
            id: string(fields, "id", nonEmpty: true) ?? "", name: string(fields, "name", nonEmpty: true) ?? "",
            role: string(fields, "role", required: false),
            organisation: string(fields, "organisation", required: false),
            actor: reference(fields, "actor", to: .actor), span: span(fields, "span") ?? Self.placeholderSpan)
    }

    func quote(_ node: JSONNode) -> Quote? {
        guard
            let fields = fields(
                node, what: "a quotation",
                known: [
                    "id", "text", "span", "speaker", "attribution", "passage", "venue",
                    "pillars", "actors", "note",
                ])
        else { return nil }
        let id = string(fields, "id", nonEmpty: true) ?? ""
        let text = string(fields, "text", nonEmpty: true)
        let span = span(fields, "span")
        if let text { checkVerbatim(text, span: span, textNode: fields.node("text"), what: "quotation") }
        return Quote(
            id: id, text: text ?? "", span: span ?? Self.placeholderSpan,
            speaker: reference(fields, "speaker", to: .person),
            attribution: string(fields, "attribution") ?? "",
            passage: string(fields, "passage", required: false, nonEmpty: true),
            venue: string(fields, "venue", required: false),
            pillars: references(fields, "pillars", to: .pillar), actors: references(fields, "actors", to: .actor),
            note: string(fields, "note", required: false))
    }

    func figure(_ node: JSONNode) -> Figure? {
        guard
            let fields = fields(
                node, what: "a figure",
                known: ["id", "label", "value", "upper", "unit", "qualifier", "actor", "span", "note"])
        else { return nil }
        let id = string(fields, "id", nonEmpty: true) ?? ""
        let label = string(fields, "label", nonEmpty: true) ?? ""
        let value = number(fields, "value")
        let upper = number(fields, "upper", required: false)
        if let value, let upper, upper < value, let upperNode = fields.node("upper") {
            inside(.key("upper")) {
                problem(
                    at: upperNode.offset, "upper \(upper) is below value \(value)",
                    fix: "a range goes from value (low) to upper (high); swap them")
            }
        }
        return Figure(
            id: id, label: label, value: value ?? 0, upper: upper, unit: string(fields, "unit") ?? "",
            qualifier: string(fields, "qualifier", required: false), actor: reference(fields, "actor", to: .actor),
            span: span(fields, "span") ?? Self.placeholderSpan, note: string(fields, "note", required: false))
    }

    func event(_ node: JSONNode) -> Event? {
        guard
            let fields = fields(
                node, what: "an event",
                known: ["id", "summary", "when", "actors", "status", "claimedBy", "disputes", "span"])
        else { return nil }
        let id = string(fields, "id", nonEmpty: true) ?? ""
        let summary = string(fields, "summary", nonEmpty: true) ?? ""
        let when = string(fields, "when", required: false, nonEmpty: true)
        let actors = references(fields, "actors", to: .actor)
        let status = enumeration(fields, "status", EventStatus.self, name: "event status")
        let claimedBy = reference(fields, "claimedBy", to: .actor)
        let disputes = array(
            fields, "disputes", expected: "[{\"by\": \"actor id\", \"text\": \"…\", \"span\": …}] (possibly empty)"
        ) {
            dispute($0)
        }
        if status == .claim, isNull(fields.node("claimedBy")) {
            inside(.key("claimedBy")) {
                problem(
                    at: fields.offset, "a claim must say who claims it",
                    fix:
                        "add \"claimedBy\": \"<actor id>\", or set \"status\" to \"reported\" if the article reports it as fact"
                )
            }
        }
        if status == .reported, !isNull(fields.node("claimedBy")), let claimedNode = fields.node("claimedBy") {
            inside(.key("claimedBy")) {
                problem(
                    at: claimedNode.offset, "\"claimedBy\" is set but the status is \"reported\"",
                    fix: "set \"status\" to \"claim\", or remove \"claimedBy\"")
            }
        }
        if status == .reported, !disputes.isEmpty, let disputesNode = fields.node("disputes") {
            inside(.key("disputes")) {
                problem(
                    at: disputesNode.offset, "a disputed event has the status \"reported\"",
                    fix:
                        "record a disputed event as a claim: set \"status\" to \"claim\" and \"claimedBy\" to the claiming actor"
                )
            }
        }
        return Event(
            id: id, summary: summary, when: when, actors: actors, status: status ?? .reported,
            claimedBy: claimedBy, disputes: disputes, span: span(fields, "span") ?? Self.placeholderSpan)
    }

    private func dispute(_ node: JSONNode) -> Dispute? {
        guard let fields = fields(node, what: "a dispute", known: ["by", "text", "span"]) else { return nil }
        let by = reference(fields, "by", to: .actor, required: true)
        return Dispute(
            by: by ?? "", text: string(fields, "text", nonEmpty: true) ?? "",
            span: span(fields, "span") ?? Self.placeholderSpan)
    }

    func question(_ node: JSONNode) -> Question? {
        guard let fields = fields(node, what: "a question", known: ["id", "text", "span", "pillars", "actors"]) else {
            return nil
        }
        return Question(
            id: string(fields, "id", nonEmpty: true) ?? "", text: string(fields, "text", nonEmpty: true) ?? "",
            span: span(fields, "span") ?? Self.placeholderSpan,
            pillars: references(fields, "pillars", to: .pillar), actors: references(fields, "actors", to: .actor))
    }

    func note(_ node: JSONNode) -> Note? {
        guard let fields = fields(node, what: "a note", known: ["id", "text", "about", "span"]) else { return nil }
        return Note(
            id: string(fields, "id", nonEmpty: true) ?? "", text: string(fields, "text", nonEmpty: true) ?? "",
            about: references(fields, "about", to: nil), span: span(fields, "span", required: false))
    }

    static let placeholderSpan = SourceSpan(start: 0, end: 0)

    /// True when the field is absent or null.
    private func isNull(_ node: JSONNode?) -> Bool {
        guard let node else { return true }
        guard case .null = node.value else { return false }
        return true
    }
}
