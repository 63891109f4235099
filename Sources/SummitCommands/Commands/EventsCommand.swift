import ArgumentParser
import SummitModel

struct EventsCommand: ListCommand {
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

    func list(_ index: DatasetIndex) -> RecordList {
        RecordList(index.dataset.events, empty: "summit: the dataset holds no events.") { event, plain, page in
            plain.event(event, into: &page)
        }
    }
}
