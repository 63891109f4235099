import SummitModel
import SummitUI

/// The text `summit config init` writes: every setting at its default, commented out, each documented where
/// it stands, so a user uncomments what they want to change. Generated from the settings table, the binding
/// table and the styles, so it can never fall behind them.
public enum ConfigTemplate {
    public static func text() -> String {
        var out = """
            # summit configuration (TOML). Written by `summit config init`; every line below is a default,
            # commented out: remove the leading "# " to change one. `summit config check` validates this file,
            # `summit config show` prints what is in effect and where each value comes from.
            # A mistake never stops summit: it starts with the default for that setting and says what is wrong.

            """
        for section in ConfigSetting.sections {
            out += "\n[\(section)]\n"
            for setting in ConfigSetting.all where setting.section == section {
                out += comment(setting.help) + "# \(setting.key) = \(setting.current(.defaults))\n"
            }
        }
        out += """

            [keys]
            # Rebind a command of the explorer by its name: one key or a list of keys; [] unbinds it. The list
            # replaces the command's default keys. A key given here is taken from the command that had it.

            """
        out += comment("Keys: \(Key.nameExamples); \"g g\" is a sequence (g, then g again).")
        out += comment(
            "Letters are text while typing a search or : command, so there only the other keys of a list apply. "
                + "Typing itself (insert-text) is not a binding and cannot be rebound.")
        out += comment(
            "[keys.MODE] (browse, search, command, help, source, present, counts, source-search) rebinds in that mode "
                + "alone, after [keys]: Up recalls in the : line and moves the selection while a search is typed.")
        var perMode: [ModeKind: [(String, [KeyPattern])]] = [:]
        for (name, rows) in groupedBindings(KeyMap.standard) {
            let (common, own) = modeKeys(name, KeyMap.standard)
            out += comment(rows[0].help) + "# \(name) = \(common.map(keyList(_:)) ?? keyList(rows))\n"
            for (mode, keys) in own { perMode[mode, default: []].append((name, keys)) }
        }
        // A command whose keys differ by mode (↑ recalls in the : line, moves rows while searching).
        for mode in ModeKind.allCases {
            guard let rows = perMode[mode] else { continue }
            out += "\n[keys.\(mode.configName)]\n# In this mode alone, after [keys].\n"
            for (name, keys) in rows { out += "# \(name) = \(keyList(keys))\n" }
        }
        out += """

            [colors]
            # Change how a semantic style looks, over the theme: a colour for the text, or a table with
            # fg, bg (colours) and bold, underline, reverse, dim (true or false).
            # A colour is a name (black red green yellow blue magenta cyan white, bright-red…, default),
            # a 256-colour index (0–255) or "#rrggbb" (used as is where TERM says the terminal has direct colour).
            # A list gives fallbacks, richest first: fg = ["#ff8700", 208, "yellow"].
            # Styles: \(Style.allCases.map(\.configName).joined(separator: ", ")).
            # match = { fg = "black", bg = ["#ffd75f", 221, "yellow"], bold = true }
            # selected = { fg = "white", bg = ["#005f87", 24, "blue"] }
            # focused-border = "bright-cyan"
            # stance-negative = ["#ff5f5f", 203, "red"]

            """
        return out
    }

    /// Each bindable command once, with its rows, in table order.
    static func groupedBindings(_ map: KeyMap) -> [(String, [Binding])] {
        map.bindableCommands.map { name in (name, map.bindings.filter { $0.command.name == name }) }
    }

    /// For a command that one list of keys under [keys] cannot give back (its keys differ by mode beyond the
    /// letters a prompt types): the keys every mode shares, and each mode's own list where it has more; nil and
    /// none when the list of all its keys gives the table back.
    static func modeKeys(_ name: String, _ map: KeyMap) -> (common: [KeyPattern]?, own: [(ModeKind, [KeyPattern])]) {
        let all = map.bindings.filter { $0.command.name == name }.flatMap(\.keys).filter { $0 != .anyCharacter }
        var seen = Set<KeyPattern>()
        let union = all.filter { seen.insert($0).inserted }
        guard map.rebinding([(command: name, patterns: union)]) != map else { return (nil, []) }
        let text = map.textModes
        let each = map.keys(of: name).map { m in
            (m.mode, text.contains(m.mode) ? m.keys.filter { !$0.isCharacter } : m.keys)
        }
        let common = union.filter { key in each.allSatisfy { $0.1.contains(key) } }
        return (common, each.filter { $0.1 != common })
    }

    /// The keys of a command's rows as TOML, each once: `["Down", "j"]`.
    static func keyList(_ rows: [Binding]) -> String { keyList(rows.flatMap(\.keys)) }

    static func keyList(_ patterns: [KeyPattern]) -> String {
        var names: [String] = []
        var seen = Set<String>()
        for pattern in patterns {
            let name: String
            switch pattern {
            case .key(let key): name = key.configName
            case .sequence(let keys): name = keys.map(\.configName).joined(separator: " ")
            case .anyCharacter: continue
            }
            if seen.insert(name).inserted { names.append(name) }
        }
        return "["
            + names.map { "\"" + $0.replacingScalar("\\", with: "\\\\").replacingScalar("\"", with: "\\\"") + "\"" }
            .joined(separator: ", ") + "]"
    }

    static func comment(_ text: String) -> String {
        var out = ""
        var line = "#"
        for word in text.split(separator: " ") {
            if line.count + 1 + word.count > 100 {
                out += line + "\n"
                line = "#"
            }
            line += " " + word
        }
        return out + line + "\n"
    }
}

extension Key {
    /// How a config file writes the key: ASCII names (`Down`, `PgDn`), never the arrows of the help.
    public var configName: String {
        switch self {
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        default: label
        }
    }
}
