/// Walks a parsed JSON tree, builds the dataset and collects every problem on the way.
///
/// Two passes: the first gathers all record ids (so duplicates and references can be checked
/// without pending lists), the second reads every record. Readers never stop at the first problem:
/// a bad field is logged and replaced by a placeholder so the walk goes on, and the dataset is
/// returned only when nothing at all was logged — never half-loaded.
final class DatasetValidator {
    /// Where an id is defined.
    struct Definition {
        let kind: RecordKind
        let index: Int
        /// Kinds of later records reusing the id (already reported), so references to those
        /// are not reported again as naming the wrong kind.
        var duplicateKinds: [RecordKind] = []
    }

    /// An object's members with the offset of its `{`, for "missing field" problems.
    struct Fields {
        let members: [JSONMember]
        let offset: Int

        func node(_ key: String) -> JSONNode? {
            for member in members where member.key == key { return member.node }
            return nil
        }
    }

    var log: ProblemLog
    /// The path of the value being read; pushed and popped, rendered only when a problem is logged.
    var path: [JSONPathComponent] = []
    var definitions: [String: Definition] = [:]
    /// Ids per kind for "did you mean" suggestions; built on the first dangling reference.
    var idsByKind: [RecordKind: [String]]?
    /// Suggestions cost a scan of the candidates each; a broken million-record file must stay fast.
    var suggestionBudget = 200
    var locateBudget = 50
    /// Where each pillar number was first used, for duplicate and gap checks.
    var pillarNumbers: [Int: PillarNumber] = [:]
    /// The source text as scalars, so a span is an O(1) slice. Nil when the source is unusable.
    var sourceScalars: [Unicode.Scalar]?

    /// Read the records on two threads, for a valid file only (DatasetValidator+TwoThreads.swift).
    let readsOnTwoThreads: Bool

    init(problemLimit: Int = ProblemLog.defaultLimit, readsOnTwoThreads: Bool = false) {
        log = ProblemLog(limit: problemLimit)
        self.readsOnTwoThreads = readsOnTwoThreads
        path.reserveCapacity(8)
    }

    // MARK: - Logging and paths

    var here: String { JSONPath.render(path) }

    func problem(at offset: Int, _ message: String, fix: String) {
        log.add(offset: offset, path: here, message: message, fix: fix)
    }

    func inside<T>(_ component: JSONPathComponent, _ body: () -> T) -> T {
        path.append(component)
        defer { path.removeLast() }
        return body()
    }

    // MARK: - Objects

    /// The members of an object, after reporting unknown and repeated keys. Nil (reported) when not an object.
    func fields(_ node: JSONNode, what: String, known: [String]) -> Fields? {
        guard case .object(let members) = node.value else {
            problem(
                at: node.offset, "expected \(what) (a JSON object), found \(ProblemText.describe(node.value))",
                fix: "write it as an object { … } with the fields \(known.joined(separator: ", "))")
            return nil
        }
        var seen: Set<String>? = members.count > 16 ? Set() : nil
        for (position, member) in members.enumerated() {
            // A set only for big objects; records have about ten members, where a scan is cheaper.
            let repeated =
                (seen?.insert(member.key).inserted).map { !$0 }
                ?? members[..<position].contains { $0.key == member.key }
            if repeated {
                inside(.key(member.key)) {
                    problem(
                        at: member.keyOffset,
                        "the field \(ProblemText.quoted(member.key, limit: 40)) appears twice in this object",
                        fix: "keep one of them; JSON readers disagree on which one wins")
                }
            } else if !known.contains(member.key) {
                inside(.key(member.key)) { reportUnknown(member, known: known) }
            }
        }
        return Fields(members: members, offset: node.offset)
    }

    private func reportUnknown(_ member: JSONMember, known: [String]) {
        let listed = "known fields here: " + known.joined(separator: ", ")
        let fix: String
        if let guess = NearestName.suggestion(for: member.key, among: known) {
            fix = "did you mean \"\(guess)\"? Field names are case-sensitive (\(listed))"
        } else {
            fix = "remove it or correct its name (\(listed))"
        }
        problem(
            at: member.keyOffset,
            "unknown field \(ProblemText.quoted(member.key, limit: 40)); it is probably a typo and would be ignored",
            fix: fix)
    }

    /// Reads a field, reporting it when required and missing. `expected` describes it for the fix.
    func field(_ fields: Fields, _ key: String, required: Bool, expected: String) -> JSONNode? {
        let node = fields.node(key)
        if let node, case .null = node.value, !required { return nil }
        if node == nil, required {
            inside(.key(key)) {
                problem(
                    at: fields.offset, "the required field \"\(key)\" is missing", fix: "add \"\(key)\": \(expected)")
            }
        }
        return node
    }

    private func wrongType(_ node: JSONNode, expected: String, fix: String? = nil) {
        problem(
            at: node.offset, "expected \(expected), found \(ProblemText.describe(node.value))",
            fix: fix ?? "write \(expected) here")
    }

    // MARK: - Scalars

    /// A required or optional string. Empty strings are refused when `nonEmpty`.
    func string(_ fields: Fields, _ key: String, required: Bool = true, nonEmpty: Bool = false) -> String? {
        guard
            let node = field(
                fields, key, required: required, expected: nonEmpty ? "\"…\" (a non-empty string)" : "\"…\" (a string)")
        else {
            return nil
        }
        return inside(.key(key)) {
            guard case .string(let text) = node.value else {
                wrongType(node, expected: "a string", fix: "write the value in double quotes")
                return nil
            }
            if nonEmpty && text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                problem(at: node.offset, "\"\(key)\" is empty", fix: "give it a value; \(key) must not be blank")
            }
            return text
        }
    }

    /// A required whole number.
    func integer(_ fields: Fields, _ key: String) -> Int? {
        guard let node = field(fields, key, required: true, expected: "a whole number") else { return nil }
        return inside(.key(key)) { integer(node) }
    }

    func integer(_ node: JSONNode) -> Int? {
        guard case .number(let number) = node.value else {
            wrongType(node, expected: "a whole number", fix: "write a number without quotes, e.g. 12")
            return nil
        }
        guard case .integer(let value) = number else {
            let tooLarge = number.doubleValue.rounded() == number.doubleValue && abs(number.doubleValue) >= 9.2e18
            problem(
                at: node.offset,
                "expected a whole number, found \(ProblemText.describe(node.value))"
                    + (tooLarge ? ", which is too large" : ""),
                fix: tooLarge
                    ? "use a number below 9223372036854775807"
                    : "write a whole number without a decimal point or exponent, e.g. 12")
            return nil
        }
        return value
    }

    /// A number a Double keeps exactly (whole or not; see `FigureNumber`).
    func number(_ fields: Fields, _ key: String, required: Bool = true) -> Double? {
        guard let node = field(fields, key, required: required, expected: "a number") else { return nil }
        return inside(.key(key)) {
            guard case .number(let number) = node.value else {
                wrongType(node, expected: "a number", fix: "write the number without quotes, e.g. 50000")
                return nil
            }
            if let rejection = FigureNumber.rejection(number) {
                problem(at: node.offset, rejection, fix: FigureNumber.rule)
                return nil
            }
            return number.doubleValue
        }
    }

    /// A value from a closed vocabulary, listing the valid ones when it is not.
    func enumeration<E: RawRepresentable & CaseIterable>(_ fields: Fields, _ key: String, _ type: E.Type, name: String)
        -> E?
    where E.RawValue == String {
        let valid = E.allCases.map(\.rawValue)
        guard let node = field(fields, key, required: true, expected: "one of " + valid.joined(separator: ", ")) else {
            return nil
        }
        return inside(.key(key)) {
            guard case .string(let text) = node.value else {
                wrongType(
                    node, expected: "a \(name) in double quotes", fix: "use one of: " + valid.joined(separator: ", "))
                return nil
            }
            if let value = E(rawValue: text) { return value }
            let guess = NearestName.suggestion(for: text, among: valid)
            problem(
                at: node.offset,
                "unknown \(name) \(ProblemText.quoted(text, limit: 40)); valid values are "
                    + valid.joined(separator: ", "),
                fix: guess.map { "did you mean \"\($0)\"?" } ?? "use one of the valid values, spelt exactly as listed")
            return nil
        }
    }

    // MARK: - Arrays

    /// A required array whose elements are read by `element`; elements that fail are left out.
    func array<T>(_ fields: Fields, _ key: String, expected: String, element: (JSONNode) -> T?) -> [T] {
        guard let node = field(fields, key, required: true, expected: expected) else { return [] }
        return inside(.key(key)) { elements(of: node, expected: expected, element: element) }
    }

    func elements<T>(of node: JSONNode, expected: String, element: (JSONNode) -> T?) -> [T] {
        guard case .array(let nodes) = node.value else {
            wrongType(node, expected: "an array", fix: "write it as \(expected)")
            return []
        }
        var result: [T] = []
        result.reserveCapacity(nodes.count)
        for (index, child) in nodes.enumerated() {
            if let value = inside(.index(index), { element(child) }) { result.append(value) }
        }
        return result
    }

    /// An array of strings, each required to be non-empty.
    func strings(_ fields: Fields, _ key: String) -> [String] {
        array(fields, key, expected: "[\"…\"] (an array of strings, possibly empty)") { node in
            guard case .string(let text) = node.value else {
                wrongType(node, expected: "a string", fix: "write each element in double quotes")
                return nil
            }
            if text.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                problem(at: node.offset, "empty string in \"\(key)\"", fix: "remove it or give it a value")
            }
            return text
        }
    }
}
