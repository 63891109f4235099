import SummitModel

/// Every value the command line takes (actor, speaker, pillar, stance, kind, record id) goes through the model's
/// one resolver, as the explorer's `:` commands do: same spellings, same aliases, same suggestions. A miss is
/// "no match" (exit 1) carrying its suggestions, which `--format json` also prints as a document.
enum NameResolution {
    static func actor(_ name: String, in index: DatasetIndex) throws -> Actor {
        try unwrap(index.resolveActor(name), what: "actor", name: name, list: "summit actors", key: \.id) { $0.name }
    }

    static func person(_ name: String, in index: DatasetIndex) throws -> Person {
        try unwrap(index.resolvePerson(name), what: "speaker", name: name, list: "summit quotes", key: \.id) { $0.name }
    }

    static func pillar(_ token: String, in index: DatasetIndex) throws -> Pillar {
        try unwrap(index.resolvePillar(token), what: "pillar", name: token, list: "summit pillars", key: \.id) {
            "\($0.number) (\($0.title))"
        }
    }

    static func stance(_ token: String, in index: DatasetIndex) throws -> StanceValue {
        try unwrap(
            index.resolveStance(token), what: "stance", name: token,
            list: "summit actors --help", key: \.rawValue
        ) { $0.rawValue }
    }

    static func kind(_ token: String, in index: DatasetIndex) throws -> RecordKind {
        try unwrap(index.resolveKind(token), what: "kind", name: token, list: "summit search --help", key: \.rawValue) {
            $0.rawValue
        }
    }

    static func record(id: String, in index: DatasetIndex) throws -> AnyRecord {
        try unwrap(
            index.resolveRecord(id: id), what: "record", name: id, list: "summit search WORDS", key: \.id,
            named: "with the id"
        ) { $0.id }
    }

    /// Found: the value. Otherwise a "no match" failure naming what was typed, with the suggestions (their keys,
    /// e.g. ids, for JSON) or, when there are none, the command that lists what summit knows.
    static func unwrap<Value>(
        _ resolution: Resolution<Value>, what: String, name: String, list: String,
        key: (Value) -> String, named: String = "named",
        label: (Value) -> String
    ) throws(CommandFailure) -> Value {
        switch resolution {
        case .found(let value):
            return value
        case .ambiguous(let candidates):
            throw CommandFailure.nearMiss(
                """
                summit: \(SafeName.quoted(name)) could be more than one \(what): \(candidates.map { SafeName.line(label($0)) }.joined(separator: ", ")).
                Give more of the name.
                """, suggestions: candidates.map(key))
        case .notFound(let suggestions) where !suggestions.isEmpty:
            let shown = suggestions.prefix(3)
            let labels = shown.map { SafeName.line(label($0)) }.joined(separator: ", or ")
            let missed = "summit: no \(what) \(named) \(SafeName.quoted(name))."
            throw CommandFailure.nearMiss("\(missed) Did you mean \(labels)?", suggestions: shown.map(key))
        case .notFound:
            let missed = "summit: no \(what) \(named) \(SafeName.quoted(name))."
            throw CommandFailure.nearMiss("\(missed) See `\(list)` for the ones summit knows.", suggestions: [])
        }
    }
}
