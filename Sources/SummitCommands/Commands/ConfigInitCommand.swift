import ArgumentParser
import SummitConfig
import SummitModel

struct ConfigInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented default config file; never overwrites one that exists (exit 73).",
        discussion: "Every setting is written at its default, commented out and documented where it stands."
    )

    @OptionGroup var file: ConfigFileOption

    func run() throws {
        let path = file.location.path
        let created: Bool
        do {
            created = try AtomicFile.create(Array(ConfigTemplate.text().utf8), at: path)
        } catch {
            throw CommandFailure(
                status: .cannotCreate,
                message:
                    "summit: \(SafeName.line(error.description))\nCheck the folder's permissions, or choose another file with --config FILE."
            )
        }
        guard created else {
            throw CommandFailure(
                status: .cannotCreate,
                message: """
                    summit: \(SafeName.quoted(path)) exists already; it was not changed.
                    Edit it, check it with `summit config check`, or move it away and run `summit config init` again.
                    """)
        }
        try Console.out("wrote \(SafeName.line(path))\n")
    }
}
