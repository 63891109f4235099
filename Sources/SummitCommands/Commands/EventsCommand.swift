import ArgumentParser
import SummitModel

struct EventsCommand: ParsableCommand, FormattedCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract:
            "What the article reports happening, with the relative times it gives; claims shown with their disputes.",
        discussion: """
            The article gives no calendar dates, so neither does summit: times are as printed ("on Friday").

            EXAMPLES:
              summit events
              summit events --json | jq '.results[] | select(.record.status == "claim")'
            """
    )

    @OptionGroup var output: OutputOptions

    func run() throws {
        let index = try output.loadIndex()
        let dataset = index.dataset
        try ListOutput.emit(
            command: "events", query: [:], records: dataset.events.map(AnyRecord.event), index: index,
            options: output, emptyMessage: "summit: the dataset holds no events."
        ) { page, plain in
            for event in dataset.events {
                plain.event(event, into: &page)
                page.blank()
            }
        }
    }
}
