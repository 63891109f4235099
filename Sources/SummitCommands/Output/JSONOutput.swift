import FoundationEssentials
import SummitModel

/// `--json` output: one document, sorted keys, valid UTF-8, every control character escaped.
/// The shapes are documented in docs/json-output.md; a test keeps them in step.
enum JSONOutput {
    static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding our own value types cannot fail (no floats that are NaN or infinite in a valid dataset);
        // if it ever does, say so rather than print half a document.
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else {
            return "{\"error\":\"summit could not encode this result as JSON\"}\n"
        }
        // JSONEncoder escapes C0 inside strings but leaves DEL, C1 and bidi controls raw; a terminal could act on
        // those. Every line feed left is pretty-printing between tokens, so escape line by line and keep them.
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { SafeText.escapingJSON(String($0)) }.joined(separator: "\n") + "\n"
    }
}

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

/// One record in a result list: what it is, where it comes from, and the record itself.
struct RecordEntry: Encodable, Sendable {
    let kind: RecordKind
    let id: String
    /// The article paragraph the record's span starts in (as numbered by `summit source`); 0 when it has no span.
    let paragraph: Int
    let record: AnyRecord
    /// Only in search results: higher is better.
    var score: Int? = nil
    /// Only in search results: the one-line title and detail shown in lists.
    var title: String? = nil
    var detail: String? = nil
}

/// The envelope of list commands (pillars, actors, quotes, figures, events, questions, search).
struct ListDocument: Encodable {
    let command: String
    /// The filters or query as given, so a saved document says what it answers.
    let query: [String: String]
    let count: Int
    let results: [RecordEntry]
}
