import ArgumentParser
import SummitConfig
import SummitData
import SummitModel
import SummitTerminal
import SummitUI
import Synchronization

/// `summit` with no command: the full-screen explorer. ncurses is touched only here, so lookups never pay for it.
enum ExplorerLaunch {
    /// Starts loading `--data` (or the bundled dataset) in the background at once, so a large file shows the
    /// loading screen while the terminal is set up and the config read; see `LoadingLoop`. An invalid or unreadable
    /// dataset is reported after the terminal is restored, with the message and status a lookup gives.
    static func run(options: Summit) throws {
        let file = options.output.data
        let cacheWrite = CacheWriteAfterLoad()
        // Whatever way the explorer ends, a cache write still encoding is dropped and one writing is finished.
        defer { cacheWrite.settle() }
        let load = BackgroundLoad(name: file ?? BundledDataset.origin) { progress throws(DatasetError) in
            let dataset: Dataset?
            if let file {
                // Through the dataset cache (DECISIONS 63): a valid entry skips parsing, validating and indexing. A
                // cold load's cache is written once the panes are up, not before (the write costs about the load).
                let loaded = try DatasetLoader.loadIndex(
                    contentsOf: file, cache: DatasetSource.cache(), progress: progress, writing: .later)
                guard let loaded, !progress.isCancelled else { return nil }
                cacheWrite.hold(loaded.pendingWrite)
                return loaded.index
            } else {
                dataset = try BundledDataset.load()
            }
            guard let dataset, !progress.isCancelled else { return nil }
            progress.begin(.indexing)
            return DatasetIndex(dataset)
        }
        _ = options.output.settings.loadReportingProblems()
        let settings = options.output.settings.load()
        let configuration = settings.configuration
        let explorer = Self.options(configuration, flags: options)
        let playback = try options.play.playback()

        let stateFile = ExplorerStateFile(datasetFile: file)
        let restored = options.fresh ? (memory: nil, problem: nil) : stateFile.load()
        let notice = Self.notice(config: settings.problems, state: restored.problem, keyMap: configuration.keyMap)
        var saveFailure: StorageError?
        let outcome = ExplorerApp.run(loading: load, options: explorer, keyMap: configuration.keyMap) { index in
            cacheWrite.start()
            // Quitting a million-record explorer should not wait for a million records to be freed.
            DatasetSource.keepUntilExit(index)
            var loop = ExplorerLoop(
                index: index, keyMap: configuration.keyMap,
                pinKeeper: PinsFile(data: file).keeper(index), playback: playback)
            loop.begin = { state in
                var s = Self.starting(state, configuration)
                if let memory = restored.memory { s = memory.restore(into: s, index) }
                s.notice = notice
                return s
            }
            loop.remember = { state in saveFailure = stateFile.save(ExplorerMemory(state)) }
            return loop
        }
        let status: Int32
        switch outcome {
        case .success(let ended): status = ended
        case .failure(let error): throw DatasetSource.failure(for: error)
        }
        // After the terminal is restored (config problems were reported before it started, see OutputOptions).
        if let problem = restored.problem { Console.err("summit: \(SafeName.line(problem))\n") }
        if let saveFailure {
            Console.err("summit: could not remember this session: \(SafeName.line(saveFailure.description))\n")
        }
        if status != 0 { throw ExitCode(status) }
    }

    /// The config file's choices with the command line's flags over them: a flag can only turn a thing off.
    static func options(_ configuration: Configuration, flags: Summit) -> ExplorerOptions {
        var explorer = ExplorerOptions()
        explorer.mouse = !flags.noMouse && configuration.mouse
        explorer.color = !flags.output.noColor
        explorer.theme = flags.look.explorerTheme(configured: configuration.theme)
        explorer.styleOverrides = configuration.styleOverrides
        explorer.clipboard = !flags.noClipboard && configuration.clipboard
        return explorer
    }

    /// The first state before the memory is laid over it: focus on the configured pane, and the presentation's delay
    /// for `p` (by `summit present`'s rule, without its flag).
    static func starting(_ state: ExplorerState, _ configuration: Configuration) -> ExplorerState {
        var s = state
        s.presentationDelay = PresentCommand.autoSeconds(flag: nil, configuration)
        s.focus = configuration.startPane
        if configuration.startPane.kind != nil { s.lastList = configuration.startPane }
        return s
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

/// The cache write a cold load hands over from the loading thread, started when the explorer opens its panes.
private final class CacheWriteAfterLoad: Sendable {
    private let write = Mutex<PendingCacheWrite?>(nil)

    func hold(_ pending: PendingCacheWrite?) { write.withLock { $0 = pending } }
    func start() { write.withLock { $0 }?.start() }
    func settle() { write.withLock { $0 }?.settle() }
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
