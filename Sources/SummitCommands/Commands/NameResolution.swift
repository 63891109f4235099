import SummitModel

/// Turns the query engine's resolutions into records or "no match" failures with suggestions.
enum NameResolution {
    static func actor(_ name: String, in index: DatasetIndex) throws -> Actor {
        try unwrap(index.resolveActor(name), what: "actor", name: name, list: "summit actors") { $0.name }
    }

    static func person(_ name: String, in index: DatasetIndex) throws -> Person {
        try unwrap(index.resolvePerson(name), what: "speaker", name: name, list: "summit quotes") { $0.name }
    }

    static func pillar(_ token: String, in index: DatasetIndex) throws -> Pillar {
        try unwrap(index.resolvePillar(token), what: "pillar", name: token, list: "summit pillars") { "\($0.number) (\($0.title))" }
    }

    static func unwrap<Value>(_ resolution: Resolution<Value>, what: String, name: String, list: String,
                              label: (Value) -> String) throws -> Value {
        switch resolution {
        case .found(let value):
            return value
        case .ambiguous(let candidates):
            throw CommandFailure.noMatch("""
                summit: \(SafeName.quoted(name)) could be more than one \(what): \(candidates.map { SafeName.line(label($0)) }.joined(separator: ", ")).
                Give more of the name.
                """)
        case .notFound(let suggestions) where !suggestions.isEmpty:
            throw CommandFailure.noMatch("""
                summit: no \(what) named \(SafeName.quoted(name)). Did you mean \(suggestions.prefix(3).map { SafeName.line(label($0)) }.joined(separator: ", or "))?
                """)
        case .notFound:
            throw CommandFailure.noMatch("summit: no \(what) named \(SafeName.quoted(name)). See `\(list)` for the names summit knows.")
        }
    }
}
