import ArgumentParser
import SummitModel
import SummitTerminal

/// `summit` with no command: the full-screen explorer. ncurses is touched only here, so lookups never pay for it.
enum ExplorerLaunch {
    static func run(dataset: Dataset, options: Summit) throws {
        var explorer = ExplorerOptions()
        explorer.mouse = !options.noMouse
        explorer.color = !options.output.noColor
        explorer.theme = Theme(rawValue: options.theme.rawValue) ?? .standard
        explorer.clipboard = !options.noClipboard
        let status = ExplorerApp.run(index: DatasetIndex(dataset), options: explorer)
        if status != 0 { throw ExitCode(status) }
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
