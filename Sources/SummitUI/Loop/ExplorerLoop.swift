import SummitModel

/// Drives a `Screen`: nextEvent → KeyMap → Command → reduce → render → paint, performing the effects
/// reduce returns. Ends with the exit status of the quitting command. Events that are already waiting are
/// reduced one by one before the next paint: each is still handled, only the frames in between are skipped.
/// Two rules keep a flood of waiting input from freezing it: an interrupt, hang-up or termination among the
/// waiting events acts at once, and a run of waiting characters typed into a prompt is one edit, as a paste is.
public struct ExplorerLoop {
    public let index: DatasetIndex
    public let keyMap: KeyMap
    /// How charts draw: `.ascii` when the user's locale has no UTF-8.
    public let glyphs: BarChart.Glyphs
    /// Events taken per frame at most (a few megabytes); a longer flood is handled over several frames. Large, so
    /// that an interrupt behind a paste-sized flood of keys is seen before any of them is reduced.
    static let batchLimit = 1 << 17

    public init(index: DatasetIndex, keyMap: KeyMap = .standard, glyphs: BarChart.Glyphs = .blocks) {
        self.index = index; self.keyMap = keyMap; self.glyphs = glyphs
    }

    public func run(on screen: Screen) -> Int32 {
        var state = ExplorerState(size: screen.size)
        state.glyphs = glyphs
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
                let command = nextCommand(batch, &position, mode: state.mode.kind)
                let transition = Reducer.reduce(state, command, index, keyMap: keyMap)
                state = transition.state
                switch transition.effect {
                case .quit(let status)?: return status
                case .suspend?: screen.suspend()
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

    /// The command for `batch[position]` in `mode`, advancing `position`. Text characters that follow one
    /// another while a prompt takes text become one `paste`, so a burst costs one search, not one per character.
    func nextCommand(_ batch: [InputEvent], _ position: inout Int, mode: ModeKind) -> Command {
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
