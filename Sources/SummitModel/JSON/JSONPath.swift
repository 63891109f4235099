/// A step in a JSON path: a member key or an array index.
enum JSONPathComponent: Hashable, Sendable {
    case key(String)
    case index(Int)
}

/// Renders paths such as `$.quotes[3].speaker`. Keys come from untrusted input, so anything
/// that is not a plain identifier is written in bracket form with control characters made visible.
enum JSONPath {
    static func render<C: Collection>(_ components: C) -> String where C.Element == JSONPathComponent {
        var text = "$"
        for component in components {
            switch component {
            case .index(let index):
                text += "[\(index)]"
            case .key(let key):
                if isPlainIdentifier(key) {
                    text += "." + key
                } else {
                    text += "[" + ProblemText.quoted(key, limit: 40) + "]"
                }
            }
        }
        return text
    }

    private static func isPlainIdentifier(_ key: String) -> Bool {
        guard let first = key.utf8.first, key.utf8.count <= 40 else { return false }
        func isLetter(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || byte == UInt8(ascii: "_")
        }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        return isLetter(first) && key.utf8.allSatisfy { isLetter($0) || isDigit($0) }
    }
}
