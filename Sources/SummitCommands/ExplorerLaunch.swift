import ArgumentParser
import SummitConfig
import SummitModel
import SummitTerminal
import SummitUI

/// `summit` with no command: the full-screen explorer. ncurses is touched only here, so lookups never pay for it.
enum ExplorerLaunch {
    static func run(index: DatasetIndex, options: Summit) throws {
        let settings = options.output.settings.load()
        let configuration = settings.configuration
        var explorer = ExplorerOptions()
        explorer.mouse = !options.noMouse && configuration.mouse
        explorer.color = !options.output.noColor
        explorer.theme = options.look.explorerTheme(configured: configuration.theme)
        explorer.styleOverrides = configuration.styleOverrides
        explorer.clipboard = !options.noClipboard
        let playback = try options.play.playback()

        let stateFile = ExplorerStateFile(datasetFile: options.output.data)
        let restored = options.fresh ? (memory: nil, problem: nil) : stateFile.load()
        var loop = ExplorerLoop(
            index: index, keyMap: configuration.keyMap,
            pinKeeper: PinsFile(data: options.output.data).keeper(index), playback: playback)
        let notice = Self.notice(config: settings.problems, state: restored.problem, keyMap: configuration.keyMap)
        loop.begin = { state in
            var s = state
            s.focus = configuration.startPane
            if configuration.startPane.kind != nil { s.lastList = configuration.startPane }
            if let memory = restored.memory { s = memory.restore(into: s, index) }
            s.notice = notice
            return s
        }
        var saveFailure: StorageError?
        loop.remember = { state in saveFailure = stateFile.save(ExplorerMemory(state)) }
        let status = ExplorerApp.run(loop, options: explorer)
        // After the terminal is restored (config problems were reported before it started, see OutputOptions).
        if let problem = restored.problem { Console.err("summit: \(SafeName.line(problem))\n") }
        if let saveFailure {
            Console.err("summit: could not remember this session: \(SafeName.line(saveFailure.description))\n")
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// The status-bar line for what went wrong before the explorer started; it stays until Esc.
    static func notice(config problems: [ConfigProblem], state problem: String?, keyMap: KeyMap) -> StatusMessage? {
        let dismiss = keyMap.bindings(in: .browse).first { $0.command == .back }?.keys.first?.label ?? "Esc"
        if let first = problems.first {
            let place =
                SafeName.line(first.file.split(separator: "/").last.map(String.init) ?? first.file)
                + (first.line.map { ":\($0)" } ?? "")
            let more = problems.count > 1 ? " (+\(problems.count - 1) more: summit config check)" : ""
            return StatusMessage(
                "config \(place): \(SafeName.line(first.message)) — default used\(more) · \(dismiss) dismisses",
                shorter: [
                    "config \(place): \(SafeName.line(first.message)) · \(dismiss)",
                    "config problem at \(place) · summit config check",
                ],
                isError: true)
        }
        if let problem {
            return StatusMessage(
                SafeName.line(problem) + " · \(dismiss) dismisses",
                shorter: ["saved state unreadable: set aside · \(dismiss)"], isError: true)
        }
        return nil
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
        source = SourceHeading(
            title: dataset.source.title, author: dataset.source.author, outlet: dataset.source.outlet)
        counts = Dictionary(uniqueKeysWithValues: dataset.counts.map { ($0.kind.plural, $0.count) })
    }
}
