import ArgumentParser
import SummitModel

struct PillarsCommand: ListCommand {
    static let configuration = CommandConfiguration(
        commandName: "pillars",
        abstract: "The pillars of the declaration, as the article lists them, with notes on the list.",
        discussion: """
            The article announces five pillars but its list has fewer clauses; summit records what it \
            says and shows the mismatch as a note.

            EXAMPLES:
              summit pillars
              summit pillars --json | jq -r '.results[].record.title'
            """
    )

    @OptionGroup var output: OutputOptions

    func list(_ index: DatasetIndex) -> RecordList {
        let dataset = index.dataset
        let pillarIDs = Set(dataset.pillars.map(\.id))
        let notes = dataset.notes.filter { $0.about.contains(where: pillarIDs.contains) }
        let records = dataset.pillars.map(\.anyRecord) + notes.map(\.anyRecord)
        return RecordList(records, empty: "summit: the dataset lists no pillars.") { page, plain in
            for pillar in dataset.pillars {
                plain.pillar(pillar, into: &page)
                page.blank()
            }
            for note in notes { plain.note(note, into: &page) }
        }
    }
}
