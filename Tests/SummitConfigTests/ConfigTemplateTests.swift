import SummitConfig
import SummitUI
import Testing

/// `summit config init`'s file: every setting present, documented, and each line valid when uncommented.
@Suite struct ConfigTemplateTests {
    @Test func asWrittenItIsTheDefaults() {
        let outcome = ConfigReader.read(ConfigTemplate.text(), file: "t.toml")
        #expect(outcome.problems.isEmpty, "\(outcome.problems)")
        #expect(outcome.configuration.keyMap == .standard)
        #expect(outcome.configuration.origins.isEmpty)
    }

    /// Uncommenting every setting line (not the prose) gives a valid file equal to the defaults.
    @Test func everyCommentedSettingIsValidWhenUncommented() {
        let lines = ConfigTemplate.text().split(separator: "\n", omittingEmptySubsequences: false).map {
            line -> String in
            guard line.hasPrefix("# "), line.dropFirst(2).contains(" = "), let first = line.dropFirst(2).first,
                first.isLetter, !line.dropFirst(2).contains(": ")
            else { return String(line) }
            return String(line.dropFirst(2))
        }
        let outcome = ConfigReader.read(lines.joined(separator: "\n"), file: "t.toml")
        #expect(outcome.problems.isEmpty, "\(outcome.problems)")
        let c = outcome.configuration
        #expect(c.keyMap == .standard)
        #expect(c.theme == Configuration.defaults.theme && c.mouse && c.clipboard && c.startPane == .pillars)
        #expect(c.origins["explorer.theme"] != nil && c.origins["keys.quit"] != nil && c.origins["colors.match"] != nil)
        #expect(c.styleOverrides.count == 4)
    }

    @Test func everyBindableCommandAndSettingIsDocumentedInPlace() {
        let text = ConfigTemplate.text()
        for name in KeyMap.standard.bindableCommands { #expect(text.contains("\n# \(name) = "), "\(name)") }
        for key in ["theme", "mouse", "clipboard", "pane", "delay", "format", "width"] {
            #expect(text.contains("\n# \(key) = "), "\(key)")
        }
        for style in Style.allCases { #expect(text.contains(style.configName)) }
    }
}
