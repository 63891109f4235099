import ArgumentParser
import SummitModel

struct FiguresCommand: ListCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract:
            "The numbers the article gives (force estimates, army sizes, distances…) with unit, range and qualifier.",
        discussion: """
            EXAMPLES:
              summit figures
              summit figures --json | jq '.results[] | {id, value: .record.value, unit: .record.unit}'
            """
    )

    @OptionGroup var output: OutputOptions

    func list(_ index: DatasetIndex) -> RecordList {
        let figures = index.dataset.figures
        return RecordList(figures.map(\.anyRecord), empty: "summit: the dataset holds no figures.") { page, plain in
            plain.figureTable(figures, into: &page)
        }
    }
}
