import SummitModel

/// `--format csv` and `--format tsv`: a header row, then one row per result, every cell text.
///
/// Cells are dataset text, so each passes SafeText (line breaks kept as data, every other control shown as its
/// picture, as in plain output) and a cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is
/// prefixed with `'`, unless it is a plain number. CSV is RFC 4180: every field quoted, `"` doubled, CRLF after
/// every record (a line break inside a field stays LF). TSV escapes `\`, tab, line feed and CR as `\\`, `\t`,
/// `\n`, `\r`, so a row is always one line.
struct DelimitedTable: Sendable {
    let header: [String]
    private(set) var rows: [[String]] = []

    init(header: [String]) { self.header = header }

    mutating func append(_ row: [String]) { rows.append(row) }

    func text(_ format: OutputFormat) -> String {
        var out = ""
        for row in [header] + rows {
            switch format {
            case .tsv: out += row.map { Self.tsvField(Self.protected($0)) }.joined(separator: "\t") + "\n"
            default: out += row.map { Self.csvField(Self.protected($0)) }.joined(separator: ",") + "\r\n"
            }
        }
        return out
    }

    /// Terminal-safe, and never a formula: OWASP's rule for CSV injection, sparing plain numbers ("-3", "2.5").
    static func protected(_ cell: String) -> String {
        let safe = SafeText.lines(cell).joined(separator: "\n")
        guard let first = safe.unicodeScalars.first, "=+-@".unicodeScalars.contains(first), !isNumber(safe) else {
            return safe
        }
        return "'" + safe
    }

    /// "12", "-3", "2.5": what a spreadsheet reads as a number, never as a formula.
    static func isNumber(_ text: String) -> Bool {
        let body = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : Substring(text)
        let parts = body.split(separator: ".", omittingEmptySubsequences: false)
        return (1...2).contains(parts.count)
            && parts.allSatisfy { !$0.isEmpty && $0.unicodeScalars.allSatisfy { ("0"..."9").contains($0) } }
    }

    static func csvField(_ cell: String) -> String {
        "\"" + cell.replacingScalar("\"", with: "\"\"") + "\""
    }

    static func tsvField(_ cell: String) -> String {
        var out = ""
        for scalar in cell.unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case "\t": out += "\\t"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
