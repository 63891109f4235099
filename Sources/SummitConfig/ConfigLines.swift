/// Where each key of a TOML file stands, for messages: TOMLKit gives positions for syntax errors only.
/// One pass over the lines, following `[table]` headers and `key =` / `dotted.key =` lines; a key inside an
/// inline table or a multi-line value takes the line of the key that holds it. Only positions come from here:
/// the values always come from TOMLKit's parse.
struct ConfigLines {
    private var lines: [String: Int] = [:]

    init(_ text: String) {
        var table: [String] = []
        var number = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            number += 1
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("[") {
                let inner = line.hasPrefix("[[") ? line.dropFirst(2) : line.dropFirst()
                guard let close = inner.firstIndex(of: "]") else { continue }
                table = Self.keyPath(inner[..<close])
                record(table, number)
            } else if let equals = Self.assignment(line) {
                record(table + Self.keyPath(line[..<equals]), number)
            }
        }
    }

    /// The line of `path`, or of the nearest table or key holding it.
    func line(of path: [String]) -> Int? {
        var path = path
        while !path.isEmpty {
            if let n = lines[path.joined(separator: "\u{0}")] { return n }
            path.removeLast()
        }
        return nil
    }

    private mutating func record(_ path: [String], _ number: Int) {
        let key = path.joined(separator: "\u{0}")
        if lines[key] == nil { lines[key] = number }
    }

    /// The index of the `=` of a `key = value` line outside quotes; nil for comments, values and blank lines.
    private static func assignment(_ line: Substring) -> Substring.Index? {
        guard let first = line.first, first != "#", first != "\"" || line.dropFirst().contains("\"") else { return nil }
        var quote: Character?
        for i in line.indices {
            let c = line[i]
            if let q = quote {
                if c == q { quote = nil }
                continue
            }
            switch c {
            case "\"", "'": quote = c
            case "=": return i
            case "#", "[", "{", ",": return nil
            default: continue
            }
        }
        return nil
    }

    /// `a.b`, `"a b".c` and `a . b` as their parts, quotes removed.
    private static func keyPath(_ text: Substring) -> [String] {
        var parts: [String] = []
        var current = ""
        var quote: Character?
        for c in text {
            if let q = quote {
                if c == q { quote = nil } else { current.append(c) }
                continue
            }
            switch c {
            case "\"", "'": quote = c
            case ".":
                parts.append(current)
                current = ""
            case " ", "\t": continue
            default: current.append(c)
            }
        }
        parts.append(current)
        return parts
    }
}
