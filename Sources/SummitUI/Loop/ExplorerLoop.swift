import SummitModel

/// Drives a `Screen`: nextEvent → KeyMap → Command → reduce → render → paint, performing the effects
/// reduce returns. Ends with the exit status of the quitting command. Events that are already waiting are
/// reduced one by one before the next paint: each is still handled, only the frames in between are skipped.
///
/// With a key script (`--play`) the loop types its keys itself, each after its delay; a key from the keyboard
/// pauses the script and the next resumes it (q and Ctrl-C still quit). Auto-advance asks for a tick by the state.
public struct ExplorerLoop {
    public let index: DatasetIndex
    public let keyMap: KeyMap
    /// The state to start from (e.g. presenting); nil for the explorer's own start at the screen's size.
    public let start: ((Size) -> ExplorerState)?
    /// The pins to start with, and where changed pins go; nil keeps pins for this session only.
    public var pinKeeper: PinKeeper?
    public let playback: KeyPlayback?

    public init(
        index: DatasetIndex, keyMap: KeyMap = .standard, start: ((Size) -> ExplorerState)? = nil,
        pinKeeper: PinKeeper? = nil, playback: KeyPlayback? = nil
    ) {
        self.index = index
        self.keyMap = keyMap
        self.start = start
        self.pinKeeper = pinKeeper
        self.playback = playback
    }

    public func run(on screen: Screen) -> Int32 {
        var state = start?(screen.size) ?? ExplorerState(size: screen.size)
        var playback = playback
        if let pinKeeper {
            state.pins = pinKeeper.pins
            state.message = pinKeeper.problem.map { StatusMessage($0, isError: true) }
        }
        state.normalize(index, keyMap: keyMap)
        screen.paint(Renderer.render(state, index, keyMap: keyMap))
        while true {
            let wait = playback?.waitMilliseconds ?? state.tickMilliseconds
            var event: InputEvent? = wait.map { screen.nextEvent(milliseconds: $0) } ?? screen.nextEvent()
            if event == nil {
                // The time passed: the script's next key, or a tick for auto-advance.
                event = playback?.waitMilliseconds != nil ? playback?.next().map(InputEvent.key) : .tick
            } else if case .key(let key)? = event, var playing = playback, !playing.isFinished,
                key != .character("q"), key != .control("c")
            {
                playing.paused.toggle()
                playback = playing
                state.message = StatusMessage(
                    playing.paused ? "demo paused — any key resumes, q quits" : "demo resumed",
                    shorter: [playing.paused ? "paused" : "resumed"])
                event = nil
            }
            while let next = event {
                let command = keyMap.command(for: next, in: state.mode.kind)
                let transition = Reducer.reduce(state, command, index, keyMap: keyMap)
                let pinsBefore = state.pins
                state = transition.state
                // Saved at each change, not on quit: a crash or a dropped SSH session keeps every pin made.
                if state.pins != pinsBefore, let failure = pinKeeper?.save(state.pins) {
                    state.message = StatusMessage(failure, isError: true)
                }
                switch transition.effect {
                case .quit(let status)?: return status
                case .suspend?: screen.suspend()
                case .redraw?: screen.invalidate()
                case nil: break
                }
                // While a script plays, its keys come one at a time: only what the screen already holds is taken now.
                event = playback.map({ !$0.isFinished }) == true ? nil : screen.pendingEvent()
            }
            screen.paint(Renderer.render(state, index, keyMap: keyMap))
        }
    }
}
