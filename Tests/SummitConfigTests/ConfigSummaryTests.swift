import SummitConfig
import SummitUI
import Testing

@Suite struct ConfigSummaryTests {
    @Test func eachValueSaysWhereItComesFrom() {
        let outcome = ConfigReader.read(
            "[explorer]\ntheme = \"monochrome\"\n[keys]\nquit = \"c\"\n[colors]\nmatch = \"red\"\n", file: "/h/c.toml")
        let text = ConfigSummary.text(
            outcome.configuration, location: ConfigLocation(path: "/h/c.toml", reason: .flag), fileExists: true)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("theme = \"monochrome\"") && $0.hasSuffix("# /h/c.toml:2") })
        #expect(lines.contains { $0.hasPrefix("mouse = true") && $0.hasSuffix("# default") })
        #expect(lines.contains { $0.hasPrefix("quit = [\"c\"]") && $0.hasSuffix("# /h/c.toml:4") })
        #expect(
            lines.contains {
                $0.hasPrefix("filter-clear = []") && $0.hasSuffix("# default, less keys given to other commands")
            })
        #expect(lines.contains { $0.hasPrefix("move-down = [\"Down\", \"j\"]") && $0.hasSuffix("# default") })
        #expect(lines.contains { $0.hasPrefix("match = { fg = \"red\" }") && $0.hasSuffix("# /h/c.toml:6") })
        // What show prints reads back as the same configuration.
        let again = ConfigReader.read(text, file: "show.toml")
        #expect(again.problems.isEmpty, "\(again.problems)")
        #expect(again.configuration.keyMap == outcome.configuration.keyMap)
        #expect(again.configuration.theme == .monochrome)
        #expect(again.configuration.styleOverrides == outcome.configuration.styleOverrides)
    }

    @Test func theFileIsChosenByFlagThenEnvironmentThenXDG() {
        let env = ["HOME": "/home/a", "XDG_CONFIG_HOME": "/x", "SUMMIT_CONFIG": "/e.toml"]
        #expect(
            ConfigLocation.choose(flag: "/f.toml", environment: env) == ConfigLocation(path: "/f.toml", reason: .flag))
        #expect(
            ConfigLocation.choose(flag: nil, environment: env) == ConfigLocation(path: "/e.toml", reason: .environment))
        var noVariable = env
        noVariable["SUMMIT_CONFIG"] = nil
        #expect(ConfigLocation.choose(flag: nil, environment: noVariable).path == "/x/summit/config.toml")
        #expect(
            ConfigLocation.choose(flag: nil, environment: ["HOME": "/home/a"]).path
                == "/home/a/.config/summit/config.toml")
    }

    @Test func aMissingDefaultFileIsNoProblemButANamedOneIs() {
        let standard = ConfigLocation(path: "/nonexistent-summit-dir/config.toml", reason: .standard).load()
        #expect(standard.problems.isEmpty)
        let named = ConfigLocation(path: "/nonexistent-summit-dir/config.toml", reason: .environment).load()
        #expect(named.problems.map(\.message) == ["no such config file (named by SUMMIT_CONFIG)"])
    }
}
