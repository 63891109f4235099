import SummitModel

/// Drives a `Screen`: nextEvent → KeyMap → Command → reduce → render → paint, performing the effects
/// reduce returns. Ends with the exit status of the quitting command. Events that are already waiting are
/// reduced one by one before the next paint: each is still handled, only the frames in between are skipped.
/// Two rules keep a flood of waiting input from freezing it: an interrupt, hang-up or termination among the
/// waiting events acts at once, and a run of waiting characters typed into a prompt is one edit, as a paste is.
public struct ExplorerLoop {
    public let index: DatasetIndex
    public let keyMap: KeyMap
    /// Shapes the first state, already sized for the screen (a remembered position, the start pane, notices).
    public var begin: (ExplorerState) -> ExplorerState = { $0 }
    /// Called with the state as the explorer quits or suspends, so it can be remembered.
    public var remember: (ExplorerState) -> Void = { _ in }
    /// Events taken per frame at most (a few megabytes); a longer flood is handled over several frames. Large, so
    /// that an interrupt behind a paste-sized flood of keys is seen before any of them is reduced.
    static let batchLimit = 1 << 17

    public init(index: DatasetIndex, keyMap: KeyMap = .standard) { self.index = index; self.keyMap = keyMap }

    public func run(on screen: Screen) -> Int32 {
        var state = begin(ExplorerState(size: screen.size))
        state.normalize(index, keyMap: keyMap)
        if let notice = screen.notice { state.message = notice }
        screen.paint(Renderer.render(state, index, keyMap: keyMap))
        // The keys of a sequence begun so far (`g` of `g g`); only a config file binds sequences.
        var pending: [Key] = []
        while true {
            var batch = [screen.nextEvent()]
            while batch.count < Self.batchLimit, let next = screen.pendingEvent() { batch.append(next) }
            let mode = state.mode.kind
            if let urgent = batch.lazy.map({ keyMap.command(for: $0, in: mode) }).first(where: Self.isUrgent),
               case .quit(let status)? = Reducer.reduce(state, urgent, index, keyMap: keyMap).effect {
                remember(state)
                return status
            }
            var position = 0
            while position < batch.count {
                guard let command = nextCommand(batch, &position, mode: state.mode.kind, pending: &pending) else { continue }
                let transition = Reducer.reduce(state, command, index, keyMap: keyMap)
                state = transition.state
                switch transition.effect {
                case .quit(let status)?:
                    remember(state)
                    return status
                case .suspend?:
                    // Written before the terminal is handed back: a suspended summit is often never resumed.
                    remember(state)
                    screen.suspend()
                case .redraw?: screen.invalidate()
                case nil: break
                }
            }
            screen.paint(Renderer.render(state, index, keyMap: keyMap))
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
    /// `paste`, so a burst costs one search, not one per character.
    func nextCommand(_ batch: [InputEvent], _ position: inout Int, mode: ModeKind, pending: inout [Key]) -> Command? {
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
              case .insertText = keyMap.command(for: batch[position], in: mode) else { return command }
        var text = String(first)
        while position < batch.count, case .key(.character(let c)) = batch[position],
              case .insertText = keyMap.command(for: batch[position], in: mode) {
            text.append(c)
            position += 1
        }
        return .paste(text)
    }
}
