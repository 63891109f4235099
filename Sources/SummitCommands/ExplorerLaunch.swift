import ArgumentParser
import SummitModel
import SummitTerminal
import SummitUI

/// `summit` with no command: the full-screen explorer. ncurses is touched only here, so lookups never pay for it.
enum ExplorerLaunch {
    static func run(dataset: Dataset, options: Summit) throws {
        var explorer = ExplorerOptions()
        explorer.mouse = !options.noMouse
        explorer.color = !options.output.noColor
        explorer.theme = options.look.explorerTheme
        explorer.clipboard = !options.noClipboard
        let playback = try options.play.playback()
        let index = DatasetIndex(dataset)
        let status = ExplorerApp.run(
            index: index, options: explorer, pinKeeper: PinsFile(data: options.output.data).keeper(index),
            playback: playback)
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
