import SummitModel

/// Prints a list result in the form asked for; an empty list is "no match" (exit 1) with a hint on stderr.
/// JSON, CSV and TSV print their (empty) document even then, so a script always gets one to read.
enum ListOutput {
    static func emit(
        command: String, query: [String: String], records: [AnyRecord], index: DatasetIndex,
        options: OutputOptions, emptyMessage: @autoclosure () -> String,
        plain: (inout PlainPage, PlainRecords) -> Void
    ) throws {
        let maker = EntryMaker(index)
        switch options.chosenFormat {
        case .json:
            try Console.out(
                JSONOutput.encode(
                    ListDocument(
                        command: command, query: query, count: records.count,
                        results: records.map(maker.entry))))
        case .csv, .tsv:
            try Console.out(RecordColumns.table(records.map(maker.entry), index: index).text(options.chosenFormat))
        case .plain where !records.isEmpty:
            var page = PlainPage(console: options.console)
            plain(&page, PlainRecords(index))
            try Console.out(page.text)
        case .plain:
            break
        }
        if records.isEmpty { throw CommandFailure.noMatch(emptyMessage()) }
    }
}
