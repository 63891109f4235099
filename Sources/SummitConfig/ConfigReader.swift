import SummitModel
import SummitUI

/// Turns a config file's text into a `Configuration`: every setting it gets right is used, every one it gets
/// wrong is reported (file, line, what to do) and keeps its default. Never fails as a whole.
public enum ConfigReader {
    public struct Outcome: Sendable {
        public var configuration: Configuration
        /// In the file's order.
        public var problems: [ConfigProblem]
    }

    /// Reads `text`, the contents of `file` (named in messages and origins).
    public static func read(_ text: String, file: String, base: Configuration = .defaults) -> Outcome {
        var reader = Reading(file: file, configuration: base)
        do {
            let document = try ConfigDocument.parse(text, file: file)
            reader.read(document.root)
        } catch {
            reader.problems.append(error)
        }
        return Outcome(configuration: reader.configuration, problems: reader.problems)
    }

    /// Reads raw bytes: invalid UTF-8 is a problem of its own (TOML files are UTF-8).
    public static func read(bytes: [UInt8], file: String) -> Outcome {
        if let offset = bytes.withUnsafeBufferPointer({ UTF8Validation.firstInvalidOffset(in: $0) }) {
            let line = 1 + bytes[..<offset].lazy.filter { $0 == 0x0A }.count
            let problem = ConfigProblem(
                file: file, line: line, message: "the file is not UTF-8 text (byte \(offset))",
                fix: "save it as UTF-8")
            return Outcome(configuration: .defaults, problems: [problem])
        }
        return read(String(decoding: bytes, as: UTF8.self), file: file)
    }
}

/// One reading in progress.
private struct Reading {
    let file: String
    var configuration: Configuration
    var problems: [ConfigProblem] = []

    init(file: String, configuration: Configuration) {
        self.file = file
        self.configuration = configuration
    }

    mutating func problem(_ entry: ConfigEntry, _ message: String, _ fix: String) {
        problems.append(ConfigProblem(file: file, line: entry.line, message: message, fix: fix))
    }

    mutating func read(_ root: [ConfigEntry]) {
        for entry in root {
            switch (entry.key, entry.value) {
            case ("keys", .table(let entries)): readKeys(entries)
            case ("colors", .table(let entries)):
                for colour in entries { readColour(colour) }
            case (let section, .table(let entries)) where ConfigSetting.sections.contains(section):
                for setting in entries { readSetting(setting, section: section) }
            case (let name, .table):
                let sections = ConfigSetting.sections + ["keys", "colors"]
                let hint = NearestName.suggestion(for: name, among: sections).map { "did you mean [\($0)]? " } ?? ""
                problem(
                    entry, "unknown table [\(name)]",
                    hint + "the tables are " + sections.map { "[\($0)]" }.joined(separator: ", "))
            case (let name, _):
                let home = ConfigSetting.all.first { $0.key == name }
                let fix =
                    home.map { "put it under [\($0.section)]" }
                    ?? "settings belong under a table such as [explorer]; see `summit config init`"
                problem(entry, "unknown setting \"\(name)\" outside any table", fix)
            }
        }
    }

    mutating func readSetting(_ entry: ConfigEntry, section: String) {
        let candidates = ConfigSetting.all.filter { $0.section == section }
        guard let setting = candidates.first(where: { $0.key == entry.key }) else {
            let hint =
                NearestName.suggestion(for: entry.key, among: candidates.map(\.key)).map { "did you mean \"\($0)\"? " }
                ?? ""
            problem(
                entry, "unknown setting \"\(entry.key)\" in [\(section)]",
                hint + "[\(section)] takes " + candidates.map(\.key).joined(separator: ", "))
            return
        }
        if let expected = setting.check(entry.value) {
            problem(
                entry, "\(setting.dotted) must be \(expected), not \(Self.shown(entry.value))",
                "using the default \(setting.current(.defaults))")
            return
        }
        setting.apply(&configuration, entry.value)
        configuration.origins[setting.dotted] = .file(path: file, line: entry.line)
    }

    /// `command = "key"` or `command = ["key", …]`; `[]` unbinds. In `[keys.MODE]` (`[keys.command]`) the keys
    /// apply in that mode alone, read after `[keys]`.
    mutating func readKeys(_ entries: [ConfigEntry], in mode: ModeKind? = nil) {
        let table = KeyMap.standard
        let commands = table.bindableCommands
        let text = table.textModes
        var changes: [(command: String, patterns: [KeyPattern])] = []
        // (mode, key or sequence) → the command that took it and its line, to find one key given to two commands.
        var claimed: [ModeKind: [KeyPattern: (String, Int?)]] = [:]
        var perMode: [(ModeKind, [ConfigEntry])] = []
        let section = "keys" + (mode.map { "." + $0.configName } ?? "")
        entryLoop: for entry in entries {
            let name = entry.key
            if !commands.contains(name), table.bindings.contains(where: { $0.command.name == name }) {
                // insert-text: what a printable key does while typing is not a binding (DECISIONS 54).
                problem(
                    entry, "\(name) is typing itself (every printable key at a prompt) and cannot be rebound",
                    "remove this line; the keys that act while typing (Enter, Esc, Ctrl-P…) are rebound by their command's name"
                )
                continue
            }
            if mode == nil, case .table(let inner) = entry.value {
                guard let m = ModeKind(configName: name) else {
                    let names = ModeKind.allCases.map(\.configName)
                    let hint =
                        NearestName.suggestion(for: name, among: names).map { "did you mean [keys.\($0)]? " } ?? ""
                    problem(
                        entry, "unknown table [keys.\(name)]",
                        hint + "a table in [keys] names a mode: " + names.map { "[keys.\($0)]" }.joined(separator: ", ")
                    )
                    continue
                }
                perMode.append((m, inner))
                continue
            }
            guard commands.contains(name) else {
                let hint = NearestName.suggestion(for: name, among: commands).map { "did you mean \"\($0)\"? " } ?? ""
                problem(
                    entry, "unknown command \"\(name)\" in [\(section)]",
                    hint + "`summit config keys` lists the commands")
                continue
            }
            let spellings: [ConfigValue]
            switch entry.value {
            case .string: spellings = [entry.value]
            case .array(let items): spellings = items
            default:
                problem(
                    entry, "\(section).\(name) must be a key or a list of keys, not \(Self.shown(entry.value))",
                    "write \(name) = \"x\" or \(name) = [\"x\", \"Ctrl-X\"]; [] unbinds it")
                continue
            }
            var patterns: [KeyPattern] = []
            var seen = Set<KeyPattern>()
            for spelling in spellings {
                guard case .string(let s) = spelling else {
                    problem(
                        entry, "\(section).\(name): \(Self.shown(spelling)) is not a key name",
                        "write keys in quotes, e.g. \"j\"")
                    continue entryLoop
                }
                guard let pattern = Self.pattern(s) else {
                    problem(
                        entry, "\(section).\(name): unknown key \"\(SafeText.line(s))\"",
                        "use " + Key.nameExamples + "; \"g g\" for a sequence")
                    continue entryLoop
                }
                if seen.insert(pattern).inserted { patterns.append(pattern) }
            }
            let modes = mode.map { [$0] } ?? table.modes(of: name)
            if let mode, !table.modes(of: name).contains(mode) {
                let boundIn = ModeKind.allCases.filter(table.modes(of: name).contains).map { "[keys.\($0.configName)]" }
                problem(
                    entry, "\(section).\(name): \(name) has no keys in the \(mode.configName) mode",
                    "bind it under [keys], or under " + boundIn.joined(separator: ", "))
                continue
            }
            if modes.isSubset(of: text), let c = patterns.first(where: \.isCharacter) {
                problem(
                    entry, "\(section).\(name): \(c.label) is text while typing, so it cannot run \(name)",
                    "use a key that types nothing, such as Esc, Enter, Tab or Ctrl-G")
                continue
            }
            for pattern in patterns {
                for mode in modes where !(text.contains(mode) && pattern.isCharacter) {
                    if let (other, line) = Self.clash(pattern, claimed[mode] ?? [:]), other != name {
                        problem(
                            entry,
                            "\(section).\(name): \(pattern.label) is already bound to \(other)\(line.map { " on line \($0)" } ?? "")",
                            "give each key to one command (and no key to a command and a sequence it starts); keeping \(other) and the default keys of \(name)"
                        )
                        continue entryLoop
                    }
                }
            }
            for pattern in patterns {
                for mode in modes { claimed[mode, default: [:]][pattern] = (name, entry.line) }
            }
            changes.append((name, patterns))
            configuration.origins[section + "." + name] = .file(path: file, line: entry.line)
        }
        if let mode {
            for (name, patterns) in changes {
                configuration.keyMap = configuration.keyMap.rebinding(name, to: patterns, in: mode)
            }
        } else {
            configuration.keyMap = configuration.keyMap.rebinding(changes)
        }
        for (m, inner) in perMode { readKeys(inner, in: m) }
    }

    /// `style = colour`, or `style = { fg = colour, bg = colour, bold = true, … }`; a colour is a name, an index
    /// or "#rrggbb", or a list of them richest first.
    mutating func readColour(_ entry: ConfigEntry) {
        guard let style = Style(configName: entry.key) else {
            let names = Style.allCases.map(\.configName)
            let hint = NearestName.suggestion(for: entry.key, among: names).map { "did you mean \"\($0)\"? " } ?? ""
            problem(
                entry, "unknown style \"\(entry.key)\" in [colors]",
                hint + "the styles are " + names.joined(separator: ", "))
            return
        }
        var change = StyleOverride()
        switch entry.value {
        case .table(let fields):
            for field in fields {
                switch (field.key, field.value) {
                case ("fg", let v), ("bg", let v):
                    guard let choice = colour(v, field) else { return }
                    if field.key == "fg" { change.foreground = choice } else { change.background = choice }
                case ("bold", .bool(let b)): change.bold = b
                case ("underline", .bool(let b)): change.underline = b
                case ("reverse", .bool(let b)): change.reverse = b
                case ("dim", .bool(let b)): change.dim = b
                case ("bold", let v), ("underline", let v), ("reverse", let v), ("dim", let v):
                    problem(
                        field, "colors.\(entry.key).\(field.key) must be true or false, not \(Self.shown(v))",
                        "write \(field.key) = true")
                    return
                default:
                    problem(
                        field, "unknown field \"\(field.key)\" in colors.\(entry.key)",
                        "the fields are fg, bg, bold, underline, reverse, dim")
                    return
                }
            }
        default:
            guard let choice = colour(entry.value, entry) else { return }
            change.foreground = choice
        }
        configuration.styleOverrides[style] = change
        configuration.origins["colors." + entry.key] = .file(path: file, line: entry.line)
    }

    private mutating func colour(_ value: ConfigValue, _ entry: ConfigEntry) -> ColourChoice? {
        let items: [ConfigValue]
        if case .array(let list) = value { items = list } else { items = [value] }
        var alternatives: [TerminalColour] = []
        for item in items {
            let parsed: TerminalColour? =
                switch item {
                case .string(let s): TerminalColour(spelling: s)
                case .integer(let n) where (0...255).contains(n): .indexed(n)
                default: nil
                }
            guard let parsed else {
                problem(
                    entry, "\(entry.dotted): \(Self.shown(item)) is not a colour",
                    "use a name (red, bright-blue, default), a 256-colour index (0–255) or \"#rrggbb\"; a list gives fallbacks, richest first"
                )
                return nil
            }
            alternatives.append(parsed)
        }
        guard !alternatives.isEmpty else {
            problem(entry, "\(entry.dotted): the list of colours is empty", "give at least one colour")
            return nil
        }
        return ColourChoice(alternatives)
    }

    /// One key (`"j"`, `"Ctrl-X"`) or a sequence of them separated by spaces (`"g g"`); nil if any part is not a key.
    static func pattern(_ spelling: String) -> KeyPattern? {
        if spelling == " " { return Key(name: " ").map(KeyPattern.key) }
        let parts = spelling.split(separator: " ")
        guard !parts.isEmpty, parts.count <= 4 else { return nil }
        let keys = parts.compactMap { Key(name: String($0)) }
        guard keys.count == parts.count else { return nil }
        return keys.count == 1 ? .key(keys[0]) : .sequence(keys)
    }

    /// The command already holding `pattern` in a mode: the same key or sequence, a sequence this key starts, or
    /// the single key this sequence starts with.
    static func clash(_ pattern: KeyPattern, _ claimed: [KeyPattern: (String, Int?)]) -> (String, Int?)? {
        if let same = claimed[pattern] { return same }
        switch pattern {
        case .key(let key):
            return claimed.first { if case .sequence(let keys) = $0.key { keys[0] == key } else { false } }?.value
        case .sequence(let keys):
            return claimed[.key(keys[0])]
        case .anyCharacter:
            return nil
        }
    }

    /// A value as a message quotes it: short and safe.
    static func shown(_ value: ConfigValue) -> String {
        switch value {
        case .string(let s): "\"" + SafeText.line(String(s.prefix(40))) + (s.count > 40 ? "…" : "") + "\""
        case .integer(let n): String(n)
        case .float(let d): String(d)
        case .bool(let b): String(b)
        case .array: "a list"
        case .table: "a table"
        case .other(let name): name
        }
    }
}
