import FoundationEssentials
import SummitModel

/// `--json` output: one document, sorted keys, valid UTF-8, every control character escaped.
/// The shapes are documented in docs/output-formats.md; a test keeps them in step.
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
