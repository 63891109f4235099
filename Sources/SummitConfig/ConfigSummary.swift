import SummitUI

/// `summit config show`: the effective configuration as TOML, each value marked with where it came from
/// (`# default` or `# FILE:LINE`). Pasting it into a config file gives the same configuration.
public enum ConfigSummary {
    public static func text(_ configuration: Configuration, location: ConfigLocation, fileExists: Bool) -> String {
        var out = "# Effective configuration: the defaults, with \(location.path) laid over them"
        out += fileExists ? ".\n" : " (no such file: all defaults).\n"
        for section in ConfigSetting.sections {
            out += "\n[\(section)]\n"
            out += aligned(
                ConfigSetting.all.filter { $0.section == section }.map {
                    ("\($0.key) = \($0.current(configuration))", origin(configuration, $0.dotted))
                })
        }
        out += "\n[keys]\n"
        let standard = ConfigTemplate.groupedBindings(KeyMap.standard)
        // A command whose keys differ by mode is shown as the template writes it: shared keys, then [keys.MODE].
        var perMode: [ModeKind: [(String, String)]] = [:]
        out += aligned(
            ConfigTemplate.groupedBindings(configuration.keyMap).map { name, rows in
                var from = origin(configuration, "keys." + name)
                if configuration.origins["keys." + name] == nil,
                    standard.first(where: { $0.0 == name })?.1.map(\.keys) != rows.map(\.keys)
                {
                    from = "default, less keys given to other commands"
                }
                let (common, own) = ConfigTemplate.modeKeys(name, configuration.keyMap)
                for (mode, keys) in own {
                    let key = "keys.\(mode.configName).\(name)"
                    perMode[mode, default: []].append(
                        (
                            "\(name) = \(ConfigTemplate.keyList(keys))",
                            configuration.origins[key] == nil ? from : origin(configuration, key)
                        ))
                }
                return ("\(name) = \(common.map(ConfigTemplate.keyList(_:)) ?? ConfigTemplate.keyList(rows))", from)
            })
        for mode in ModeKind.allCases {
            guard let rows = perMode[mode] else { continue }
            out += "\n[keys.\(mode.configName)]\n" + aligned(rows)
        }
        out += "\n[colors]\n"
        let changed = Style.allCases.filter { configuration.styleOverrides[$0] != nil }
        if changed.isEmpty { out += "# none: every style as the theme draws it\n" }
        out += aligned(
            changed.map {
                (
                    "\($0.configName) = \(spelling(configuration.styleOverrides[$0]!))",
                    origin(configuration, "colors." + $0.configName)
                )
            })
        return out
    }

    /// `line  # origin`, the comments in one column.
    private static func aligned(_ rows: [(String, String)]) -> String {
        let width = min(48, rows.map { $0.0.count }.max() ?? 0)
        return rows.map { line, origin in
            line + String(repeating: " ", count: max(0, width - line.count)) + "  # " + origin + "\n"
        }.joined()
    }

    private static func origin(_ configuration: Configuration, _ key: String) -> String {
        configuration.origins[key].map { $0.description } ?? "default"
    }

    static func spelling(_ change: StyleOverride) -> String {
        var fields: [String] = []
        if let fg = change.foreground { fields.append("fg = " + fg.spelling) }
        if let bg = change.background { fields.append("bg = " + bg.spelling) }
        for (name, value) in [
            ("bold", change.bold), ("underline", change.underline), ("reverse", change.reverse), ("dim", change.dim),
        ] {
            if let value { fields.append("\(name) = \(value)") }
        }
        return "{ " + fields.joined(separator: ", ") + " }"
    }
}
