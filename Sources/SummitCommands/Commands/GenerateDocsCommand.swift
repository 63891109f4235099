import ArgumentParser
import FoundationEssentials
import SummitModel

/// Hidden: regenerates docs/summit.1 and docs/completions/ from the command definitions.
/// A test compares the committed files with a fresh rendering, so they cannot drift.
struct GenerateDocsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate-docs",
        abstract: "Write the man page and shell completions into DIR (for maintainers).",
        shouldDisplay: false
    )

    @Argument(help: ArgumentHelp("The docs folder, e.g. docs.", valueName: "DIR"))
    var directory: String

    func run() throws {
        for file in GeneratedDocs.files() {
            let url = URL(fileURLWithPath: directory).appendingPathComponent(file.path)
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.contents.utf8).write(to: url)
            } catch {
                // A failed write is not a dataset problem: it gets its own status, naming the file and the reason.
                throw CommandFailure(
                    status: .cannotWrite,
                    message: """
                        summit: cannot write \(SafeName.quoted(url.path)): \(ErrorReason.describe(error))
                        Check that \(SafeName.quoted(directory)) is a folder you can write to.
                        """)
            }
            try Console.out("wrote \(SafeName.line(url.path))\n")
        }
    }
}

/// The files `generate-docs` writes, relative to the docs folder.
public enum GeneratedDocs {
    public static func files() -> [(path: String, contents: String)] {
        [
            ("summit.1", ManPage.render()),
            ("completions/summit.bash", Summit.completionScript(for: .bash)),
            ("completions/_summit", Summit.completionScript(for: .zsh)),
            ("completions/summit.fish", Summit.completionScript(for: .fish)),
        ]
    }
}
