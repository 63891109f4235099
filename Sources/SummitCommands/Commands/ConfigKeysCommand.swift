import ArgumentParser
import SummitConfig
import SummitModel
import SummitUI

/// `summit keys`, also `summit config keys`: one command registered in both places (the issue names the first, the
/// config commands' family the second).
struct ConfigKeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract:
            "Print the explorer's key bindings as the config file leaves them (docs/keys.md shows the defaults).",
        discussion:
            "The command names in the second column are the names [keys] in the config file rebinds, all but insert-text: typing at a prompt is not a binding. summit keys and summit config keys are one command."
    )

    @OptionGroup var file: ConfigFileOption

    func run() throws {
        let configuration = file.loadReportingProblems()
        let source = SafeName.line(file.location.path)
        var text = "# Keys\n\nThe explorer's bindings: the defaults, with the [keys] of \(source) applied.\n"
        text += configuration.keyMap.markdownSections(level: 2)
        try Console.out(text)
    }
}
