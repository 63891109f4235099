internal import TOMLKit

/// A config file read by TOMLKit, turned into plain values that know their line. The only file that imports
/// TOMLKit: the rest of summit sees `ConfigValue`s.
struct ConfigDocument {
    let root: [ConfigEntry]

    /// Parses TOML text; a syntax error throws a problem with TOMLKit's line and message.
    static func parse(_ text: String, file: String) throws(ConfigProblem) -> ConfigDocument {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ConfigProblem(
                file: file, line: error.source.begin.line, column: error.source.begin.column,
                message: "TOML syntax error: \(error.description)",
                fix: "correct the line (strings need double quotes, tables are [name], lists are [\"a\", \"b\"])")
        } catch {
            throw ConfigProblem(
                file: file, line: nil, message: "cannot parse the file: \(error)", fix: "check that it is TOML")
        }
        let lines = ConfigLines(text)
        return ConfigDocument(root: entries(of: table, path: [], lines: lines))
    }

    private static func entries(of table: TOMLTable, path: [String], lines: ConfigLines) -> [ConfigEntry] {
        var out: [ConfigEntry] = []
        for (key, node) in table {
            let here = path + [key]
            out.append(ConfigEntry(key: key, path: here, value: value(node, here, lines), line: lines.line(of: here)))
        }
        // toml++ keeps keys sorted; problems read best in the file's order.
        return out.sorted { ($0.line ?? .max, $0.key) < ($1.line ?? .max, $1.key) }
    }

    private static func value(_ node: TOMLValueConvertible, _ path: [String], _ lines: ConfigLines) -> ConfigValue {
        switch node.type {
        case .string: return .string(node.string ?? "")
        case .int: return .integer(node.int ?? 0)
        case .double: return .float(node.double ?? 0)
        case .bool: return .bool(node.bool ?? false)
        case .array: return .array((node.array.map { Array($0) } ?? []).map { value($0, path, lines) })
        case .table: return .table(node.table.map { entries(of: $0, path: path, lines: lines) } ?? [])
        case .date, .time, .dateTime: return .other("a date or time")
        }
    }
}

/// One `key = value` of a config file, with its place.
struct ConfigEntry {
    let key: String
    /// Table names and key, e.g. ["colors", "match"].
    let path: [String]
    let value: ConfigValue
    /// 1-based; nil only when the key could not be found in the text (it then takes its table's line).
    let line: Int?

    var dotted: String { path.joined(separator: ".") }
}

indirect enum ConfigValue {
    case string(String)
    case integer(Int)
    case float(Double)
    case bool(Bool)
    case array([ConfigValue])
    case table([ConfigEntry])
    case other(String)

    /// For "expected …, found …" messages.
    var typeName: String {
        switch self {
        case .string: "a string"
        case .integer: "an integer"
        case .float: "a number with a fraction"
        case .bool: "true or false"
        case .array: "a list"
        case .table: "a table"
        case .other(let name): name
        }
    }
}
