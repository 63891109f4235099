import SummitModel

/// Drives a `Screen`: nextEvent → KeyMap → Command → reduce → render → paint, performing the effects
/// reduce returns. Ends with the exit status of the quitting command. Events that are already waiting are
/// reduced one by one before the next paint: each is still handled, only the frames in between are skipped.
public struct ExplorerLoop {
    public let index: DatasetIndex
    public let keyMap: KeyMap
    /// Where `y` copies to; nil turns copying off (`--no-clipboard`).
    public let clipboard: Clipboard?
    public init(index: DatasetIndex, keyMap: KeyMap = .standard, clipboard: Clipboard? = Clipboard(insideTmux: false)) {
        self.index = index; self.keyMap = keyMap; self.clipboard = clipboard
    }

    public func run(on screen: Screen) -> Int32 {
        var state = ExplorerState(size: screen.size)
        state.clipboard = clipboard
        state.normalize(index, keyMap: keyMap)
        screen.paint(Renderer.render(state, index, keyMap: keyMap))
        while true {
            // An input can stand for two keys (an unbound Alt-x is Esc then x): they are reduced in turn.
            var waiting = keyMap.events(for: screen.nextEvent(), in: state.mode.kind)
            while !waiting.isEmpty {
                let next = waiting.removeFirst()
                let command = keyMap.command(for: next, in: state.mode.kind)
                let transition = Reducer.reduce(state, command, index, keyMap: keyMap)
                state = transition.state
                switch transition.effect {
                case .quit(let status)?: return status
                case .suspend?: screen.suspend()
                case .redraw?: screen.invalidate()
                case .send(let bytes)?: screen.send(bytes)
                case nil: break
                }
                if waiting.isEmpty, let more = screen.pendingEvent() { waiting = keyMap.events(for: more, in: state.mode.kind) }
            }
            screen.paint(Renderer.render(state, index, keyMap: keyMap))
        }
    }
}
