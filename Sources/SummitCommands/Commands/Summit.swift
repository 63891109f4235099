import ArgumentParser
import SummitData
import SummitModel
import SummitTerminal
import SummitUI

/// The root command: with no subcommand, the full-screen explorer; otherwise one lookup.
public struct Summit: ParsableCommand, FormattedCommand {
    public static let configuration = CommandConfiguration(
        commandName: "summit",
        abstract:
            "Explore the Paris declaration on security guarantees for Ukraine, every record linked to its source.",
        discussion: """
            With no command, summit opens the full-screen explorer (press ? there for keys). \
            The commands below answer one question and exit: plain text on a terminal, \
            the same without colour when piped (wrapped to --width, COLUMNS, the terminal or 80), \
            one JSON document with --json, a table with --format csv or tsv.

            EXAMPLES:
              summit                              open the explorer
              summit actor poland                 stance, roles, people, quotes
              summit actor uk --json | jq .actor.record.stance
              summit actors --stance rules-out    who rules out sending troops
              summit quotes --speaker buras       what Piotr Buras said
              summit quotes --pillar 3 --actor us
              summit search ceasefire monitoring  all kinds of record, ranked
              summit source --record quote-buras-1
              summit figures --format csv         a table for a spreadsheet (also tsv)
              summit quotes --width 40            wrapped for a narrow window
              summit validate my-dataset.json     check a file (exit 65: invalid)
              summit present                      the briefing as slides for a room
              summit --play Resources/demo.keys   a hands-free tour of the explorer
              summit config init                  a commented config file to edit

            Every record is printed with a reference such as [poland ¶14]: the record id \
            (for `summit source --record ID`) and the article paragraph it comes from.
            """,
        version: "",
        subcommands: [
            PillarsCommand.self, ActorsCommand.self, ActorCommand.self, QuotesCommand.self,
            FiguresCommand.self, EventsCommand.self, QuestionsCommand.self, SearchCommand.self,
            SourceCommand.self, PinsCommand.self, ExportCommand.self, PresentCommand.self, ValidateCommand.self,
            ConfigCommand.self, ConfigKeysCommand.self, GenerateDocsCommand.self,
        ]
    )

    @OptionGroup var output: OutputOptions

    @Flag(
        name: .customLong("no-mouse"), help: "Explorer: leave the mouse to the terminal (keeps text selection working)."
    )
    var noMouse = false

    @Flag(name: .customLong("no-clipboard"), help: "Explorer: y and Y copy nothing (no OSC 52 sequence is written).")
    var noClipboard = false

    @OptionGroup var look: ThemeOption

    @OptionGroup var play: PlayOptions

    @Flag(
        name: .long,
        help:
            "Explorer: start afresh, without the remembered pane, selection, filters and history (they are still saved on quit)."
    )
    var fresh = false

    @Flag(name: .long, help: "Print the version and the bundled dataset's name and format version.")
    var version = false

    public init() {}

    public mutating func run() throws {
        if version {
            try Console.out(try Self.versionText() + "\n")
            return
        }
        // The explorer is no lookup: only the command line, not the config file's lookup format, prints a summary.
        // It loads the dataset itself, in the background, behind a progress bar.
        guard let format = output.formatFromFlags, format != .plain else {
            return try ExplorerLaunch.run(options: self)
        }
        let dataset = try output.loadDataset()
        let summary = SummaryDocument(dataset: dataset)
        switch format {
        case .json: try Console.out(JSONOutput.encode(summary))
        case .csv, .tsv:
            var table = DelimitedTable(header: ["kind", "records"])
            for (kind, count) in dataset.counts { table.append([kind.plural, String(count)]) }
            try Console.out(table.text(output.formatFromFlags ?? .plain))
        case .plain: break
        }
    }

    static func versionText() throws -> String {
        let dataset = try DatasetSource.load(file: nil)
        return
            "summit \(SummitVersion.number) (dataset: \u{201C}\(SafeName.line(dataset.title))\u{201D}, format version \(dataset.formatVersion))"
    }
}

/// `--theme`, in an option group: a plain option declared by both `summit` and `summit present` is parsed into
/// the root command only, so `present --theme light` would be lost.
struct ThemeOption: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Colour theme: high-contrast (light on black) and light (dark on white) are for rooms and projectors "
                + "(default: the config file's, else default).",
            valueName: "THEME"))
    var theme: ThemeChoice?

    /// The theme asked for: --theme, else `configured` (the config file's `theme`, itself defaulting to default).
    func explorerTheme(configured: Theme) -> Theme { theme.flatMap { Theme(rawValue: $0.rawValue) } ?? configured }
}

/// The explorer's colour themes as the command line spells them.
enum ThemeChoice: String, ExpressibleByArgument, CaseIterable, Sendable {
    case standard = "default"
    case highContrast = "high-contrast"
    case light
    case monochrome
}
