import ArgumentParser
import SummitModel

/// `summit` with no command: the explorer. (Until the terminal backend lands: a summary of the dataset.)
enum ExplorerLaunch {
    static func run(dataset: Dataset, options: Summit) throws {
        Console.out(DatasetSummary.plain(dataset, console: options.output.console))
    }
}

/// What the dataset holds, counted per kind.
enum DatasetSummary {
    static func plain(_ dataset: Dataset, console: Console) -> String {
        var page = PlainPage(console: console)
        page.paragraph(dataset.source.title, tone: .strong)
        page.paragraph("\(dataset.source.author), \(dataset.source.outlet)", tone: .faint)
        page.blank()
        page.table(header: ["KIND", "RECORDS"],
                   rows: dataset.counts.map { [Segment($0.kind.plural), Segment(String($0.count))] }, flexible: 0)
        page.blank()
        page.paragraph("Look things up with: summit pillars, actors, actor NAME, quotes, figures, events, questions, "
                       + "search QUERY, source. `summit --help` shows examples.")
        return page.text
    }
}

/// `summit --json`: the dataset's name and its counts per kind.
struct SummaryDocument: Encodable {
    let command = "summary"
    let title: String
    let formatVersion: Int
    let source: SourceHeading
    let counts: [String: Int]

    struct SourceHeading: Encodable {
        let title: String
        let author: String
        let outlet: String
    }

    init(dataset: Dataset) {
        title = dataset.title
        formatVersion = dataset.formatVersion
        source = SourceHeading(title: dataset.source.title, author: dataset.source.author, outlet: dataset.source.outlet)
        counts = Dictionary(uniqueKeysWithValues: dataset.counts.map { ($0.kind.plural, $0.count) })
    }
}
