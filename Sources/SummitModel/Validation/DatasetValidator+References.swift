/// Ids: gathering every definition (pass one) and checking references against them (pass two).
extension DatasetValidator {
    /// Pass one: every record id in the dataset, reporting ids used twice anywhere in it.
    /// Records are visited in document order, so the first definition wins and later ones are duplicates.
    func collectDefinitions(_ root: Fields) {
        var total = 0
        for member in root.members {
            if RecordKind(plural: member.key) != nil, case .array(let records) = member.node.value {
                total += records.count
            }
        }
        definitions.reserveCapacity(total)  // one allocation instead of ~20 rehashes for a million ids
        var visited = Set<RecordKind>()  // a repeated top-level key is reported elsewhere; read the first
        for member in root.members {
            guard let kind = RecordKind(plural: member.key), visited.insert(kind).inserted,
                case .array(let records) = member.node.value
            else { continue }
            for (index, record) in records.enumerated() {
                guard case .object(let members) = record.value,
                    let idMember = members.first(where: { $0.key == "id" }),
                    case .string(let id) = idMember.node.value, !id.isEmpty
                else { continue }
                if let first = definitions[id] {
                    let firstPath = JSONPath.render([.key(first.kind.plural), .index(first.index)])
                    path = [.key(kind.plural), .index(index), .key("id")]
                    problem(
                        at: idMember.node.offset,
                        "duplicate id \(ProblemText.quoted(id, limit: 40)): already used by the \(first.kind.rawValue) at \(firstPath)",
                        fix:
                            "give each record its own id; ids are unique across the whole dataset, not just within a kind"
                    )
                    path = []
                    definitions[id]?.duplicateKinds.append(kind)
                } else {
                    definitions[id] = Definition(kind: kind, index: index)
                }
            }
        }
    }

    /// A single reference to a record of `kind`; optional ones may be absent or null.
    func reference(_ fields: Fields, _ key: String, to kind: RecordKind, required: Bool = false) -> String? {
        guard let node = field(fields, key, required: required, expected: "\"<\(kind.rawValue) id>\"") else {
            return nil
        }
        return inside(.key(key)) { referenceElement(node, to: kind) }
    }

    /// A required array of references; `kind` nil accepts a record of any kind.
    func references(_ fields: Fields, _ key: String, to kind: RecordKind?) -> [String] {
        let noun = kind.map { "\($0.rawValue) ids" } ?? "record ids"
        return array(fields, key, expected: "[\"…\"] (an array of \(noun), possibly empty)") { node in
            referenceElement(node, to: kind)
        }
    }

    private func referenceElement(_ node: JSONNode, to kind: RecordKind?) -> String? {
        guard case .string(let id) = node.value else {
            problem(
                at: node.offset,
                "expected the id of \(article(kind)) in double quotes, found \(ProblemText.describe(node.value))",
                fix: "write the record's id as a string, e.g. \"poland\"")
            return nil
        }
        check(id, at: node.offset, refersTo: kind)
        return id
    }

    private func check(_ id: String, at offset: Int, refersTo kind: RecordKind?) {
        guard let definition = definitions[id] else {
            let candidatesPlace = kind.map { "\"\($0.plural)\"" } ?? "the dataset"
            var fix = "use the id of \(article(kind)) defined in \(candidatesPlace), or add the missing record"
            if let guess = suggestion(for: id, kind: kind) {
                fix = "did you mean \"\(guess)\"? Otherwise " + fix
            }
            problem(
                at: offset, "\(ProblemText.quoted(id, limit: 40)) is not the id of any \(kind?.rawValue ?? "record")",
                fix: fix)
            return
        }
        if let kind, definition.kind != kind, !definition.duplicateKinds.contains(kind) {
            problem(
                at: offset,
                "\(ProblemText.quoted(id, limit: 40)) is the id of \(article(definition.kind)), not \(article(kind))",
                fix: "use the id of \(article(kind)) defined in \"\(kind.plural)\"")
        }
    }

    private func article(_ kind: RecordKind?) -> String {
        guard let kind else { return "a record" }
        return (kind == .actor ? "an " : "a ") + kind.rawValue
    }

    /// The nearest id of the right kind, within a budget so a file full of bad ids stays fast.
    private func suggestion(for id: String, kind: RecordKind?) -> String? {
        guard suggestionBudget > 0 else { return nil }
        suggestionBudget -= 1
        if idsByKind == nil {
            var grouped: [RecordKind: [String]] = [:]
            for (id, definition) in definitions { grouped[definition.kind, default: []].append(id) }
            for kind in grouped.keys { grouped[kind]?.sort() }  // deterministic choice among equally near ids
            idsByKind = grouped
        }
        let candidates: [String] =
            kind.map { idsByKind?[$0] ?? [] }
            ?? RecordKind.allCases.flatMap { idsByKind?[$0] ?? [] }
        guard candidates.count <= 50_000 else { return nil }
        return NearestName.suggestion(for: id, among: candidates)
    }
}

extension RecordKind {
    /// The kind whose JSON key is `plural` ("quotes" → .quote).
    init?(plural: String) {
        guard let kind = RecordKind.allCases.first(where: { $0.plural == plural }) else { return nil }
        self = kind
    }
}
