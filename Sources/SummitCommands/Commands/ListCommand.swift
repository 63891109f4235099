import ArgumentParser
import SummitModel

/// A lookup that lists records. A command says only what it lists (`list`: its records after its own filters, and
/// how plain text lays them out); loading the dataset, the form asked for and the empty case are this one `run`.
protocol ListCommand: ParsableCommand, FormattedCommand {
    /// The `command` a JSON document names (the subcommand's name unless said otherwise).
    static var listName: String { get }
    func list(_ index: DatasetIndex) throws -> RecordList
}

extension ListCommand {
    static var listName: String { configuration.commandName ?? "" }

    func run() throws {
        let index = try output.loadIndex()
        let list = try list(index)
        try ListOutput.emit(
            command: Self.listName, query: list.query, records: list.records, index: index, options: output,
            emptyMessage: list.emptyMessage, plain: list.plain)
    }
}
