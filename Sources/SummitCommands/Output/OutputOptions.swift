import ArgumentParser
import SummitConfig
import SummitData
import SummitModel

/// Options every command takes: which dataset, and how to print.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Read the dataset from FILE instead of the bundled one.", valueName: "FILE"),
            completion: .file(extensions: ["json"]))
    var data: String?

    @Flag(name: .customLong("json"), help: "Print one JSON document (shape in docs/json-output.md).")
    var jsonFlag = false

    @Flag(name: .customLong("no-color"), help: "Never colour the output (also: NO_COLOR set, or output not a terminal).")
    var noColor = false

    @OptionGroup var settings: ConfigFileOption

    /// The config file's `[lookups]` defaults (format, width). The command line wins over them.
    var lookupDefaults: LookupDefaults { settings.load().configuration.lookups }

    /// One JSON document rather than text: `--json`, or `format = "json"` under `[lookups]` in the config file.
    var json: Bool { jsonFlag || lookupDefaults.format == "json" }

    /// The dataset named by --data, or the bundled one. Failures carry the exit status and a message that says how to fix.
    /// Problems in the config file are reported here, once per run, before any output (each keeps its default):
    /// every lookup and the explorer come through here, `summit config …` does not (it reports them itself).
    func loadDataset() throws -> Dataset {
        _ = settings.loadReportingProblems()
        return try DatasetSource.load(file: data)
    }

    var console: Console {
        let detected = Console.detect(noColorFlag: noColor)
        return Console(width: lookupDefaults.width ?? detected.width, color: detected.color)
    }
}

/// Loading a dataset and turning its errors into messages and exit statuses.
enum DatasetSource {
    static func load(file: String?) throws -> Dataset {
        do {
            return try read(file: file)
        } catch {
            throw failure(for: error)
        }
    }

    /// The file, or the bundled dataset when there is none; errors as the loader gives them.
    static func read(file: String?) throws(DatasetError) -> Dataset {
        if let file { return try DatasetLoader.load(contentsOf: file) }
        return try BundledDataset.load()
    }

    /// "1 problem", "3 problems".
    static func count(_ problems: [DatasetProblem]) -> String {
        problems.count == 1 ? "1 problem" : "\(problems.count) problems"
    }

    static func failure(for error: DatasetError) -> CommandFailure {
        switch error {
        case .unreadable(let file, let reason):
            return CommandFailure(status: .unreadableDataset, message: """
                summit: cannot read the dataset \(SafeName.quoted(file)): \(reason)
                Check the path and permissions, or leave out --data to use the bundled dataset.
                """)
        case .invalid(let file, let problems):
            let list = problems.map { "  " + SafeName.line($0.description) }.joined(separator: "\n")
            return CommandFailure(status: .badDataset, message: """
                summit: \(SafeName.quoted(file)) is not a valid summit dataset (\(count(problems))):
                \(list)
                Fix them and check with `summit validate \(file == BundledDataset.origin ? "" : SafeName.shellQuoted(file))`.
                """)
        }
    }
}
