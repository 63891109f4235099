import FoundationEssentials
import SummitModel

/// Key documentation generated from the binding table: docs/keys.md, the README key table, the man page.
extension KeyMap {
    /// A Markdown table of every binding, grouped by mode. docs/keys.md is exactly this text
    /// (a test keeps it in step; `SUMMIT_UPDATE_DOCS=1 swift test --filter KeyDocsTests` rewrites it).
    public func markdownTable() -> String {
        "# Keys\n\nGenerated from `KeyMap.standard` (Sources/SummitUI/Input/KeyMap.swift); do not edit by hand.\n"
            + markdownSections(level: 2)
    }

    /// The per-mode tables alone, headed at `level` (e.g. 3 to sit under a README's "## Keys").
    public func markdownSections(level: Int = 2) -> String {
        var out = ""
        for mode in ModeKind.allCases {
            let rows = bindings.filter { $0.modes.first == mode }
            guard !rows.isEmpty else { continue }
            out +=
                "\n" + String(repeating: "#", count: max(1, level))
                + " \(mode.heading)\n\n| Keys | Command | What it does | Also in |\n|---|---|---|---|\n"
            for b in rows {
                let keys = b.keys.map { "`" + ($0.label == "`" ? "` ` `" : $0.label) + "`" }.joined(separator: " ")
                let also = b.modes.dropFirst().map(\.rawValue).joined(separator: ", ")
                out += "| \(keys) | `\(b.command.name)` | \(b.help.replacingScalar("|", with: "\\|")) | \(also) |\n"
            }
        }
        return out
    }

    /// A roff KEYS section for the man page.
    public func manSection() -> String {
        var out = ".SH KEYS\n"
        for mode in ModeKind.allCases {
            let rows = bindings.filter { $0.modes.first == mode }
            guard !rows.isEmpty else { continue }
            out += ".SS \(mode.heading)\n"
            for b in rows {
                out += ".TP\n.B \(roff(b.keyLabel))\n\(roff(b.help)) (\\fI\(roff(b.command.name))\\fR).\n"
            }
        }
        return out
    }

    private func roff(_ text: String) -> String {
        let escaped = text.replacingScalar("\\", with: "\\e").replacingScalar("-", with: "\\-")
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }
}

extension ModeKind {
    public var heading: String {
        switch self {
        case .browse: "Browsing"
        case .search: "Searching (after /)"
        case .command: "Command line (after :)"
        case .help: "Help overlay"
        case .source: "Source view"
        case .present: "Presenting"
        case .counts: "Counts (after F)"
        case .sourceSearch: "Searching the article (after / in the source view)"
        }
    }
}
