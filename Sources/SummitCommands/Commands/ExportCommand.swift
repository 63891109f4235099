import ArgumentParser
import SummitModel

/// `summit export`: the briefing as a handout to leave behind, with the same content as the slides.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the briefing as a handout (Markdown or one self-contained HTML file).",
        discussion: """
            The handout holds what the slides of `summit present` show, in the same order: the title and the \
            article's attribution, each pillar with its linked actors and quotes, who offers what, the figures, \
            the quotes, the open questions and the source. Every item is followed by the passage of the article \
            it rests on, the attribution and its [id ¶N] reference. The file is written atomically and an \
            existing one is kept unless --force is given.

            EXAMPLES:
              summit export --format markdown
              summit export --format html -o briefing.html
              summit export --format html --pins -o pins.html --force
            """
    )

    @Flag(name: .long, help: "Only the pinned records, in pin order (see `summit pins`).")
    var pins = false

    @Option(
        name: [.customShort("o"), .customLong("output")],
        help: ArgumentHelp("Write to FILE instead of standard output.", valueName: "FILE"), completion: .file())
    var file: String?

    @Flag(name: .long, help: "Replace FILE if it exists.")
    var force = false

    /// `--format markdown|html` and `--data FILE`: the root's options, since ArgumentParser gives an option the root
    /// also declares to the root (see `FormatName`).
    @OptionGroup var output: OutputOptions

    func run() throws {
        guard let format = output.format, format == .markdown || format == .html else {
            throw CommandFailure.usage("summit: export needs --format markdown or --format html.")
        }
        let index = try output.loadIndex()
        var chosen: [RecordRef]?
        if pins { chosen = try PinsFile(data: output.data).briefingPins(index) }
        let handout = Handout(index, pins: chosen)
        let text = format == .markdown ? MarkdownHandout.render(handout) : HTMLHandout.render(handout)
        guard let file else { return try Console.out(text) }
        try write(Array(text.utf8), to: file)
    }

    private func write(_ bytes: [UInt8], to path: String) throws {
        do {
            if force {
                try AtomicFile.write(bytes, to: path)
            } else if try !AtomicFile.create(bytes, at: path) {
                throw CommandFailure(
                    status: .cannotCreate,
                    message: """
                        summit: \(SafeName.quoted(path)) exists already and was left as it is.
                        Add --force to replace it, or choose another file with -o.
                        """)
            }
        } catch let error as StorageError {
            throw CommandFailure(
                status: .cannotWrite,
                message: """
                    summit: \(SafeName.line(error.description)).
                    Check that the folder exists and is writable, then retry.
                    """)
        }
    }
}
