import SummitModel

/// Prints a list result in the form asked for; an empty list is "no match" (exit 1) with a hint on stderr.
enum ListOutput {
    static func emit(command: String, query: [String: String], records: [AnyRecord], index: DatasetIndex,
                     options: OutputOptions, emptyMessage: @autoclosure () -> String,
                     plain: (inout PlainPage, PlainRecords) -> Void) throws {
        if options.json {
            let maker = EntryMaker(index)
            Console.out(JSONOutput.encode(ListDocument(command: command, query: query, count: records.count,
                                                       results: records.map(maker.entry))))
        } else if !records.isEmpty {
            var page = PlainPage(console: options.console)
            plain(&page, PlainRecords(index))
            Console.out(page.text)
        }
        if records.isEmpty { throw CommandFailure.noMatch(emptyMessage()) }
    }
}
