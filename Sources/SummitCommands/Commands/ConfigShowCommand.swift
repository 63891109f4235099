import ArgumentParser
import SummitConfig
import SummitModel

struct ConfigShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Print the effective configuration, each value marked with where it comes from.",
        discussion:
            "The output is TOML: a default is marked `# default`, a value from the file `# FILE:LINE`. Problems in the file go to standard error."
    )

    @OptionGroup var file: ConfigFileOption

    func run() throws {
        let location = file.location
        let configuration = file.loadReportingProblems()
        let exists = (try? AtomicFile.read(location.path)) != nil
        try Console.out(
            SafeText.lines(ConfigSummary.text(configuration, location: location, fileExists: exists)).joined(
                separator: "\n"))
    }
}
