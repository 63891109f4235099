import SummitUI

/// One scalar setting of the config file: where it lives, what it takes, what it does. The reader, `config init`
/// and `config show` are all driven by this table, so a setting is documented where it is defined.
struct ConfigSetting: Sendable {
    let section: String
    let key: String
    let help: String
    let kind: Kind
    /// Sets the value (already checked against `kind`).
    let apply: @Sendable (inout Configuration, ConfigValue) -> Void
    /// The effective value, written as TOML.
    let current: @Sendable (Configuration) -> String

    enum Kind: Sendable {
        case choice([String])
        case bool
        case integer(ClosedRange<Int>)
    }

    var dotted: String { section + "." + key }

    /// Nil when `value` fits; else what was expected.
    func check(_ value: ConfigValue) -> String? {
        switch (kind, value) {
        case (.choice(let names), .string(let s)): names.contains(s) ? nil : "one of " + Self.list(names)
        case (.choice(let names), _): "a string, one of " + Self.list(names)
        case (.bool, .bool): nil
        case (.bool, _): "true or false"
        case (.integer(let range), .integer(let n)): range.contains(n) ? nil : "a whole number from \(range.lowerBound) to \(range.upperBound)"
        case (.integer(let range), _): "a whole number from \(range.lowerBound) to \(range.upperBound)"
        }
    }

    static func list(_ names: [String]) -> String { names.map { "\"\($0)\"" }.joined(separator: ", ") }

    static func quoted(_ text: String) -> String { "\"\(text)\"" }

    static let all: [ConfigSetting] = [
        ConfigSetting(section: "explorer", key: "theme",
                      help: "Colour theme: \(list(Theme.allCases.map(\.rawValue))). --theme overrides it; NO_COLOR and --no-color force monochrome.",
                      kind: .choice(Theme.allCases.map(\.rawValue)),
                      apply: { if case .string(let s) = $1, let t = Theme(rawValue: s) { $0.theme = t } },
                      current: { quoted($0.theme.rawValue) }),
        ConfigSetting(section: "explorer", key: "mouse",
                      help: "Capture the mouse (click to focus and select, wheel to scroll). false keeps the terminal's own text selection; --no-mouse does the same for one run.",
                      kind: .bool,
                      apply: { if case .bool(let b) = $1 { $0.mouse = b } },
                      current: { String($0.mouse) }),
        ConfigSetting(section: "explorer", key: "clipboard",
                      help: "Allow copying to the system clipboard through the terminal (OSC 52). false: summit never writes the clipboard.",
                      kind: .bool,
                      apply: { if case .bool(let b) = $1 { $0.clipboard = b } },
                      current: { String($0.clipboard) }),
        ConfigSetting(section: "explorer", key: "pane",
                      help: "The pane focused at start when there is no remembered one (see --fresh): \(list(PaneID.allCases.map(\.rawValue))).",
                      kind: .choice(PaneID.allCases.map(\.rawValue)),
                      apply: { if case .string(let s) = $1, let p = PaneID(rawValue: s) { $0.startPane = p } },
                      current: { quoted($0.startPane.rawValue) }),
        ConfigSetting(section: "presentation", key: "delay",
                      help: "Seconds before the presentation advances to the next slide on its own.",
                      kind: .integer(1...3600),
                      apply: { if case .integer(let n) = $1 { $0.presentationDelay = n } },
                      current: { String($0.presentationDelay) }),
        ConfigSetting(section: "presentation", key: "theme",
                      help: "Colour theme of the presentation: \(list(Theme.allCases.map(\.rawValue))).",
                      kind: .choice(Theme.allCases.map(\.rawValue)),
                      apply: { if case .string(let s) = $1, let t = Theme(rawValue: s) { $0.presentationTheme = t } },
                      current: { quoted($0.presentationTheme.rawValue) }),
        ConfigSetting(section: "lookups", key: "format",
                      help: "Output of the lookup commands when the command line does not choose: \(list(LookupDefaults.formats)). --json wins.",
                      kind: .choice(LookupDefaults.formats),
                      apply: { if case .string(let s) = $1 { $0.lookups.format = s } },
                      current: { quoted($0.lookups.format) }),
        ConfigSetting(section: "lookups", key: "width",
                      help: "Columns the lookup commands wrap to; 0 follows the terminal (80 when piped).",
                      kind: .integer(0...1000),
                      apply: { if case .integer(let n) = $1 { $0.lookups.width = n == 0 ? nil : max(20, n) } },
                      current: { String($0.lookups.width ?? 0) }),
    ]

    /// The sections of the table above, in order.
    static let sections = ["explorer", "presentation", "lookups"]
}
