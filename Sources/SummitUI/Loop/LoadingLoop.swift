import SummitModel

/// The explorer while its dataset loads in the background: paints `LoadingScreen` once a frame, quits at once
/// on q, Ctrl-C, a hang-up or a termination (cancelling the load), redraws on resize and Ctrl-L, suspends on
/// Ctrl-Z, and ignores every other key — they were typed at a screen with nothing to act on, and acting on them
/// later against panes the user has not seen would surprise. When the load ends it runs the explorer `explore`
/// makes from the index, on the same screen.
///
/// Nothing is painted for the first `graceMilliseconds`: the bundled dataset and small files open straight into
/// the panes without a flash of the loading screen, and a large file's bar still appears well under 0.2 s.
public struct LoadingLoop {
    public let load: BackgroundLoad
    public let keyMap: KeyMap
    public var glyphs: BarChart.Glyphs = .blocks
    public var graceMilliseconds = 60
    /// How often the bar moves while nothing is typed.
    public var frameMilliseconds = 100
    /// The time now; tests never read it for assertions, it only feeds the estimate's "time left".
    public var now: () -> ContinuousClock.Instant = { .now }

    public init(load: BackgroundLoad, keyMap: KeyMap = .standard, glyphs: BarChart.Glyphs = .blocks) {
        self.load = load
        self.keyMap = keyMap
        self.glyphs = glyphs
    }

    /// Loads, then explores: the explorer's exit status, or the load's error (the caller prints it once the
    /// terminal is restored, as for a load before the screen started).
    public func run(on screen: Screen, explore: (DatasetIndex) -> ExplorerLoop) -> Result<Int32, DatasetError> {
        switch waitForIndex(on: screen) {
        case .index(let index): .success(explore(index).run(on: screen))
        case .quit(let status): .success(status)
        case .failed(let error): .failure(error)
        }
    }

    enum Waited {
        case index(DatasetIndex)
        case quit(Int32)
        case failed(DatasetError)
    }

    /// Shows the loading screen until the load ends or a key or signal quits.
    func waitForIndex(on screen: Screen) -> Waited {
        if let outcome = load.wait(milliseconds: graceMilliseconds) { return waited(outcome) }
        var size = screen.size
        screen.paint(frame(size))
        while true {
            var events = screen.nextEvent(milliseconds: frameMilliseconds).map { [$0] } ?? []
            while !events.isEmpty, events.count < ExplorerLoop.batchLimit, let next = screen.pendingEvent() {
                events.append(next)
            }
            for event in events {
                switch keyMap.command(for: event, in: .browse) {
                case .quit: return quit(0)
                case .interrupt: return quit(Reducer.interruptedStatus)
                case .hangup: return quit(Reducer.hangupStatus)
                case .terminate: return quit(Reducer.terminatedStatus)
                case .resize(let newSize): size = Size(width: max(0, newSize.width), height: max(0, newSize.height))
                case .redraw: screen.invalidate()
                case .suspend: screen.suspend()
                default: break
                }
            }
            if load.result != nil, let outcome = load.wait(milliseconds: 0) { return waited(outcome) }
            screen.paint(frame(size))
        }
    }

    func frame(_ size: Size) -> CellGrid {
        let quitKey = keyMap.bindings(in: .browse).first { $0.command == .quit }?.keys.first?.label ?? "q"
        return LoadingScreen.render(
            name: load.name, estimate: LoadEstimate(load.progress.snapshot, now: now()), size: size, glyphs: glyphs,
            quitKey: quitKey)
    }

    private func quit(_ status: Int32) -> Waited {
        load.cancel()
        return .quit(status)
    }

    private func waited(_ outcome: BackgroundLoad.Outcome) -> Waited {
        switch outcome {
        case .loaded(let index): .index(index)
        case .failed(let error): .failed(error)
        case .cancelled: .quit(Reducer.interruptedStatus)
        }
    }
}
