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
        case (.integer(let range), .integer(let n)):
            range.contains(n) ? nil : "a whole number from \(range.lowerBound) to \(range.upperBound)"
        case (.integer(let range), _): "a whole number from \(range.lowerBound) to \(range.upperBound)"
        }
    }

    static func list(_ names: [String]) -> String { names.map { "\"\($0)\"" }.joined(separator: ", ") }

    static func quoted(_ text: String) -> String { "\"\(text)\"" }

    /// A setting that takes one of `names`, read into the value `value(name)` gives.
    static func choice<T>(
        _ section: String, _ key: String, _ help: String, _ names: [String],
        _ field: WritableKeyPath<Configuration, T> & Sendable,
        value: @escaping @Sendable (String) -> T?, name: @escaping @Sendable (T) -> String
    ) -> ConfigSetting {
        ConfigSetting(
            section: section, key: key, help: help + ": " + list(names) + ".", kind: .choice(names),
            apply: { if case .string(let s) = $1, let v = value(s) { $0[keyPath: field] = v } },
            current: { quoted(name($0[keyPath: field])) })
    }

    static func bool(
        _ section: String, _ key: String, _ help: String,
        _ field: WritableKeyPath<Configuration, Bool> & Sendable
    ) -> ConfigSetting {
        ConfigSetting(
            section: section, key: key, help: help, kind: .bool,
            apply: { if case .bool(let b) = $1 { $0[keyPath: field] = b } },
            current: { String($0[keyPath: field]) })
    }

    static func theme(_ section: String, _ help: String, _ field: WritableKeyPath<Configuration, Theme> & Sendable)
        -> ConfigSetting
    {
        choice(
            section, "theme", help, Theme.allCases.map(\.rawValue), field, value: Theme.init(rawValue:),
            name: \.rawValue)
    }

    static let all: [ConfigSetting] = [
        theme("explorer", "Colour theme (--theme overrides it; NO_COLOR and --no-color force monochrome)", \.theme),
        bool(
            "explorer", "mouse",
            "Capture the mouse (click to focus and select, wheel to scroll). false keeps the terminal's own text selection; --no-mouse does the same for one run.",
            \.mouse),
        bool(
            "explorer", "clipboard",
            "Allow copying to the system clipboard through the terminal (OSC 52). false: summit never writes the clipboard.",
            \.clipboard),
        choice(
            "explorer", "pane", "The pane focused at start when there is no remembered one (see --fresh)",
            PaneID.allCases.map(\.rawValue), \.startPane, value: PaneID.init(rawValue:), name: \.rawValue),
        ConfigSetting(
            section: "presentation", key: "delay",
            help:
                "Seconds before `summit present` advances to the next slide on its own (any key pauses, a resumes); 0: only keys turn slides. --auto SECONDS wins, --auto 0 turns it off. p in the explorer starts paused: a runs it.",
            kind: .integer(0...3600),
            apply: { if case .integer(let n) = $1 { $0.presentationDelay = n } },
            current: { String($0.presentationDelay) }),
        theme(
            "presentation", "Colour theme of `summit present` (--theme overrides it; [explorer] theme does not apply)",
            \.presentationTheme),
        choice(
            "lookups", "format",
            "Output of the lookup commands when the command line does not choose (--format and --json win)",
            LookupDefaults.formats, \.lookups.format, value: { LookupDefaults.formats.contains($0) ? $0 : nil },
            name: { $0 }),
        ConfigSetting(
            section: "lookups", key: "width",
            help:
                "Columns the lookup commands wrap to when --width is not given; 0: COLUMNS, the terminal, or 80; below 20 counts as 20.",
            kind: .integer(0...1000),
            apply: { if case .integer(let n) = $1 { $0.lookups.width = n == 0 ? nil : max(20, n) } },
            current: { String($0.lookups.width ?? 0) }),
    ]

    /// The sections of the table above, in order.
    static let sections = ["explorer", "presentation", "lookups"]
}
