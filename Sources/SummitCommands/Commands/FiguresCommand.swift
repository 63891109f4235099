import ArgumentParser
import SummitModel

struct FiguresCommand: ParsableCommand, FormattedCommand {
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

    func run() throws {
        let index = try output.loadIndex()
        let dataset = index.dataset
        try ListOutput.emit(
            command: "figures", query: [:], records: dataset.figures.map(AnyRecord.figure), index: index,
            options: output, emptyMessage: "summit: the dataset holds no figures."
        ) { page, plain in
            plain.figureTable(dataset.figures, into: &page)
        }
    }
}
