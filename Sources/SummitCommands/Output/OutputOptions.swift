import ArgumentParser
import SummitConfig
import SummitModel

/// Options every command takes: which dataset, and how to print.
struct OutputOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Read the dataset from FILE instead of the bundled one (- reads standard input).", valueName: "FILE"),
        completion: .file(extensions: ["json"]))
    var data: String?

    @Option(
        name: .long,
        help: ArgumentHelp(
            "plain (default), json, csv or tsv (shapes and columns in docs/output-formats.md); "
                + "summit export: markdown or html.",
            valueName: "FORMAT"))
    var format: FormatName?

    @Flag(name: .long, help: "Print one JSON document: short for --format json.")
    var json = false

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Wrap plain output to N columns; 0: do not wrap (default: COLUMNS, the terminal, or 80).",
            valueName: "N"))
    var width: Int?

    @Flag(
        name: .customLong("no-color"), help: "Never colour the output (also: NO_COLOR set, or output not a terminal).")
    var noColor = false

    @OptionGroup var settings: ConfigFileOption

    func validate() throws {
        if json, let format, format != .json {
            throw ValidationError(
                "--json is short for --format json: "
                    + "give one or the other, not --json with --format \(format.rawValue).")
        }
        if let width, width < 0 {
            throw ValidationError("--width takes a number of columns (0 for no wrapping), not \(width).")
        }
    }

    /// The form asked for: --format, else --json, else `format` under `[lookups]` in the config file, else plain.
    var chosenFormat: OutputFormat {
        formatFromFlags ?? lookupDefaults.flatMap { OutputFormat(rawValue: $0.format) } ?? .plain
    }

    /// The lookup form the command line alone asks for (a handout format is none) (the explorer is no lookup: the config's format does not apply).
    var formatFromFlags: OutputFormat? { format?.lookup ?? (json ? .json : nil) }

    /// The config file's `[lookups]` defaults (format, width); the command line wins over them.
    var lookupDefaults: LookupDefaults? { settings.load().configuration.lookups }

    /// The dataset named by --data, or the bundled one. Failures carry the exit status and a message that says how to fix.
    /// Problems in the config file are reported here, once per run, before any output (each keeps its default):
    /// every lookup and the explorer come through here, `summit config …` does not (it reports them itself).
    func loadDataset() throws -> Dataset {
        _ = settings.loadReportingProblems()
        return try DatasetSource.load(file: data)
    }

    /// The dataset's index: the one way commands reach records, names and the article text.
    func loadIndex() throws -> DatasetIndex {
        _ = settings.loadReportingProblems()
        return try DatasetSource.index(file: data)
    }

    /// The config file's width stands in for --width when the command line gives none.
    var console: Console { Console.detect(noColorFlag: noColor, widthFlag: width ?? lookupDefaults?.width) }
}

/// How a command prints its result. Plain is for people; the others for programs (docs/output-formats.md).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case plain, json, csv, tsv
}

/// Every value `--format` takes anywhere on the command line. ArgumentParser gives an option named in both the root
/// and a subcommand to the root, so `summit export` reads its handout format from these options too; `SummitMain`
/// refuses a handout format for any other command (the root validates even when a subcommand runs).
enum FormatName: String, ExpressibleByArgument, CaseIterable, Sendable {
    case plain, json, csv, tsv, markdown, html

    /// The lookup form this names; nil for a handout format.
    var lookup: OutputFormat? { OutputFormat(rawValue: rawValue) }
}

/// A command whose output options the entry point can read, e.g. to print a near miss as JSON.
protocol FormattedCommand {
    var output: OutputOptions { get }
}
