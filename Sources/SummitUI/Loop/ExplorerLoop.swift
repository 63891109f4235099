import SummitModel

/// Drives a `Screen`: nextEvent → KeyMap → Command → reduce → render → paint, performing the effects
/// reduce returns. Ends with the exit status of the quitting command. Events that are already waiting are
/// reduced one by one before the next paint: each is still handled, only the frames in between are skipped.
/// Two rules keep a flood of waiting input from freezing it: an interrupt, hang-up or termination among the
/// waiting events acts at once, and a run of waiting characters typed into a prompt is one edit, as a paste is.
///
/// With a key script (`--play`) the loop types its keys itself, each after its delay; a key from the keyboard
/// pauses the script and the next resumes it (q and Ctrl-C still quit). Auto-advance asks for a tick by the state.
public struct ExplorerLoop {
    public let index: DatasetIndex
    public let keyMap: KeyMap
    /// Shapes the first state, already sized for the screen (a remembered position, the start pane, notices).
    public var begin: (ExplorerState) -> ExplorerState = { $0 }
    /// Called with the state as the explorer quits or suspends, so it can be remembered.
    public var remember: (ExplorerState) -> Void = { _ in }
    /// The state to start from (e.g. presenting); nil for the explorer's own start at the screen's size.
    public let start: ((Size) -> ExplorerState)?
    /// The pins to start with, and where changed pins go; nil keeps pins for this session only.
    public var pinKeeper: PinKeeper?
    public let playback: KeyPlayback?
    /// How charts draw: `.ascii` when the user's locale has no UTF-8.
    public var glyphs: BarChart.Glyphs
    /// Events taken per frame at most (a few megabytes); a longer flood is handled over several frames. Large, so
    /// that an interrupt behind a paste-sized flood of keys is seen before any of them is reduced.
    static let batchLimit = 1 << 17

    /// Where `y` copies to; nil turns copying off (`--no-clipboard`).
    public var clipboard: Clipboard?

    public init(
        index: DatasetIndex, keyMap: KeyMap = .standard, glyphs: BarChart.Glyphs = .blocks,
        start: ((Size) -> ExplorerState)? = nil, pinKeeper: PinKeeper? = nil, playback: KeyPlayback? = nil,
        clipboard: Clipboard? = Clipboard(insideTmux: false)
    ) {
        self.index = index
        self.keyMap = keyMap
        self.glyphs = glyphs
        self.start = start
        self.pinKeeper = pinKeeper
        self.playback = playback
        self.clipboard = clipboard
    }

    public func run(on screen: Screen) -> Int32 {
        // The start (presenting's, else the explorer's own), then the loop owner's shaping (start pane, memory, notice).
        var state = begin(start?(screen.size) ?? ExplorerState(size: screen.size))
        state.glyphs = glyphs
        state.clipboard = clipboard
        var playback = playback
        if let notice = screen.notice { state.message = notice }
        if let pinKeeper {
            state.pins = pinKeeper.pins
            if let problem = pinKeeper.problem { state.message = StatusMessage(problem, isError: true) }
        }
        state.normalize(index, keyMap: keyMap)
        screen.paint(Renderer.render(state, index, keyMap: keyMap))
        // The one- and two-letter search lists, on another thread: ready by the time a large dataset is searched.
        index.prepareShortWords()
        // The keys of a sequence begun so far (`g` of `g g`); only a config file binds sequences.
        var pending: [Key] = []
        while true {
            let wait = playback?.waitMilliseconds ?? state.tickMilliseconds
            var first: InputEvent? = wait.map { screen.nextEvent(milliseconds: $0) } ?? screen.nextEvent()
            if first == nil {
                // The time passed: the script's next key, or a tick for auto-advance.
                first = playback?.waitMilliseconds != nil ? playback?.next().map(InputEvent.key) : .tick
            } else if case .key(let key)? = first, var playing = playback, !playing.isFinished,
                key != .character("q"), key != .control("c"),
                !Self.quits(keyMap.command(for: .key(key), in: state.mode.kind))
            {
                playing.paused.toggle()
                playback = playing
                state.message = StatusMessage(
                    playing.paused ? "demo paused — any key resumes, q quits" : "demo resumed",
                    shorter: [playing.paused ? "paused" : "resumed"])
                first = nil
            }
            var batch = first.map { [$0] } ?? []
            // While a script plays, its keys come one at a time: only what the screen already holds is taken now.
            let playing = playback.map { !$0.isFinished } == true
            while !playing, !batch.isEmpty, batch.count < Self.batchLimit, let next = screen.pendingEvent() {
                batch.append(next)
            }
            let mode = state.mode.kind
            if let urgent = batch.lazy.map({ keyMap.command(for: $0, in: mode) }).first(where: Self.isUrgent),
                case .quit(let status)? = Reducer.reduce(state, urgent, index, keyMap: keyMap).effect
            {
                remember(state)
                return status
            }
            var position = 0
            while position < batch.count {
                guard let command = nextCommand(&batch, &position, mode: state.mode.kind, pending: &pending) else {
                    continue
                }
                let transition = Reducer.reduce(state, command, index, keyMap: keyMap)
                let pinsBefore = state.pins
                state = transition.state
                // Saved at each change, not on quit: a crash or a dropped SSH session keeps every pin made.
                if state.pins != pinsBefore, let saved = pinKeeper?.save(state.pins) {
                    if let failure = saved.failure {
                        state.message = StatusMessage(failure, isError: true)
                    } else if saved.pins != state.pins {
                        state.pins = saved.pins
                        state.message = StatusMessage("pins: \(saved.pins.count), with a change made by another summit")
                    }
                }
                switch transition.effect {
                case .quit(let status)?:
                    remember(state)
                    return status
                case .suspend?:
                    // Written before the terminal is handed back: a suspended summit is often never resumed.
                    remember(state)
                    screen.suspend()
                case .redraw?: screen.invalidate()
                case .send(let bytes)?: screen.send(bytes)
                case nil: break
                }
            }
            screen.paint(Renderer.render(state, index, keyMap: keyMap))
        }
    }

    /// Keys that still quit while a script plays (q and Ctrl-C, and whatever a config file binds to them).
    static func quits(_ command: Command) -> Bool {
        switch command {
        case .quit, .interrupt: true
        default: false
        }
    }

    /// Commands that end the session whatever else is waiting.
    static func isUrgent(_ command: Command) -> Bool {
        switch command {
        case .interrupt, .hangup, .terminate: true
        default: false
        }
    }

    /// The command for `batch[position]` in `mode`, advancing `position`; nil for a key that begins or continues a
    /// sequence (kept in `pending`). Text characters that follow one another while a prompt takes text become one
    /// `paste`, so a burst costs one search, not one per character. An Alt key the mode does not bind is Esc then
    /// the key (see `KeyMap.events`): the Esc now, the key next.
    func nextCommand(_ batch: inout [InputEvent], _ position: inout Int, mode: ModeKind, pending: inout [Key])
        -> Command?
    {
        let events = keyMap.events(for: batch[position], in: mode)
        if events.count == 2 {
            batch[position] = events[1]
            pending = []
            return keyMap.command(for: events[0], in: mode)
        }
        var command = keyMap.command(for: batch[position], in: mode)
        if case .key(let key) = batch[position] {
            switch keyMap.resolve(key, after: pending, in: mode) {
            case .prefix:
                pending.append(key)
                position += 1
                return nil
            case .command(let resolved):
                pending = []
                command = resolved
            }
        }
        position += 1
        guard case .insertText(let first) = command, position < batch.count,
            case .insertText = keyMap.command(for: batch[position], in: mode)
        else { return command }
        var text = String(first)
        while position < batch.count, case .key(.character(let c)) = batch[position],
            case .insertText = keyMap.command(for: batch[position], in: mode)
        {
            text.append(c)
            position += 1
        }
        return .paste(text)
    }
}
