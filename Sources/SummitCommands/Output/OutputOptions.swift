import ArgumentParser
import SummitModel

/// Options every command takes: which dataset, and how to print.
struct OutputOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Read the dataset from FILE instead of the bundled one (- reads standard input).", valueName: "FILE"),
            completion: .file(extensions: ["json"]))
    var data: String?

    @Flag(name: .long, help: "Print one JSON document (shape in docs/json-output.md).")
    var json = false

    @Flag(name: .customLong("no-color"), help: "Never colour the output (also: NO_COLOR set, or output not a terminal).")
    var noColor = false

    /// The dataset named by --data, or the bundled one. Failures carry the exit status and a message that says how to fix.
    func loadDataset() throws -> Dataset {
        try DatasetSource.load(file: data)
    }

    /// The dataset's index: the one way commands reach records, names and the article text.
    func loadIndex() throws -> DatasetIndex {
        DatasetIndex(try loadDataset())
    }

    var console: Console { Console.detect(noColorFlag: noColor) }
}
