import ArgumentParser
import SummitConfig
import SummitModel

struct ConfigCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate a config file: prints ok, or every problem as FILE:LINE: message — fix and exits 65.",
        discussion: """
            Without FILE, checks the file summit would read. A missing or unreadable file exits 66.
            """
    )

    @Argument(
        help: ArgumentHelp("The config file to check (default: the one summit reads).", valueName: "FILE"),
        completion: .file(extensions: ["toml"]))
    var path: String?

    @OptionGroup var file: ConfigFileOption

    func run() throws {
        let location = path.map { ConfigLocation(path: $0, reason: .flag) } ?? file.location
        let bytes: [UInt8]?
        do {
            bytes = try AtomicFile.read(location.path)
        } catch {
            throw CommandFailure(status: .unreadableDataset, message: "summit: \(SafeName.line(error.description))")
        }
        guard let bytes else {
            throw CommandFailure(
                status: .unreadableDataset,
                message: """
                    summit: no config file at \(SafeName.quoted(location.path)) (\(location.explanation)).
                    Create one with `summit config init`; without one summit uses its defaults.
                    """)
        }
        let outcome = ConfigReader.read(bytes: bytes, file: location.path)
        if outcome.problems.isEmpty {
            try Console.out("ok  \(SafeName.line(location.path))\n")
            return
        }
        // The problems are this command's result: stdout, as `validate` does; the verdict on stderr.
        for problem in outcome.problems { try Console.out(problem.description + "\n") }
        let count = outcome.problems.count == 1 ? "1 problem" : "\(outcome.problems.count) problems"
        throw CommandFailure(
            status: .badDataset,
            message:
                "summit: \(SafeName.quoted(location.path)) has \(count); summit would use the defaults for those settings."
        )
    }
}
