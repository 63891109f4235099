import SummitModel

/// Drives a `Screen`: nextEvent → KeyMap → Command → reduce → render → paint, performing the effects
/// reduce returns. Ends with the exit status of the quitting command. Events that are already waiting are
/// reduced one by one before the next paint: each is still handled, only the frames in between are skipped.
/// Two rules keep a flood of waiting input from freezing it: an interrupt, hang-up or termination among the
/// waiting events acts at once, and a run of waiting characters typed into a prompt is one edit, as a paste is.
public struct ExplorerLoop {
    public let index: DatasetIndex
    public let keyMap: KeyMap
    /// Events taken per frame at most (a few megabytes); a longer flood is handled over several frames. Large, so
    /// that an interrupt behind a paste-sized flood of keys is seen before any of them is reduced.
    static let batchLimit = 1 << 17

    /// Where `y` copies to; nil turns copying off (`--no-clipboard`).
    public let clipboard: Clipboard?

    public init(index: DatasetIndex, keyMap: KeyMap = .standard, clipboard: Clipboard? = Clipboard(insideTmux: false)) {
        self.index = index; self.keyMap = keyMap; self.clipboard = clipboard
    }

    public func run(on screen: Screen) -> Int32 {
        var state = ExplorerState(size: screen.size)
        state.clipboard = clipboard
        state.normalize(index, keyMap: keyMap)
        state.message = screen.notice
        screen.paint(Renderer.render(state, index, keyMap: keyMap))
        while true {
            var batch = [screen.nextEvent()]
            while batch.count < Self.batchLimit, let next = screen.pendingEvent() { batch.append(next) }
            let mode = state.mode.kind
            if let urgent = batch.lazy.map({ keyMap.command(for: $0, in: mode) }).first(where: Self.isUrgent),
               case .quit(let status)? = Reducer.reduce(state, urgent, index, keyMap: keyMap).effect {
                return status
            }
            var position = 0
            while position < batch.count {
                let command = nextCommand(&batch, &position, mode: state.mode.kind)
                let transition = Reducer.reduce(state, command, index, keyMap: keyMap)
                state = transition.state
                switch transition.effect {
                case .quit(let status)?: return status
                case .suspend?: screen.suspend()
                case .redraw?: screen.invalidate()
                case .send(let bytes)?: screen.send(bytes)
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

    /// The command for `batch[position]` in `mode`, advancing `position`. Text characters that follow one
    /// another while a prompt takes text become one `paste`, so a burst costs one search, not one per character.
    /// An Alt key the mode does not bind is Esc then the key (see `KeyMap.events`): the Esc now, the key next.
    func nextCommand(_ batch: inout [InputEvent], _ position: inout Int, mode: ModeKind) -> Command {
        let events = keyMap.events(for: batch[position], in: mode)
        if events.count == 2 {
            batch[position] = events[1]
            return keyMap.command(for: events[0], in: mode)
        }
        let command = keyMap.command(for: batch[position], in: mode)
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
