import SummitModel

/// Drives a `Screen`: nextEvent → KeyMap → Command → reduce → render → paint, performing the effects
/// reduce returns. Ends with the exit status of the quitting command. Events that are already waiting are
/// reduced one by one before the next paint: each is still handled, only the frames in between are skipped.
public struct ExplorerLoop {
    public let index: DatasetIndex
    public let keyMap: KeyMap
    /// Shapes the first state, already sized for the screen (a remembered position, the start pane, notices).
    public var begin: (ExplorerState) -> ExplorerState = { $0 }
    /// Called with the state as the explorer quits or suspends, so it can be remembered.
    public var remember: (ExplorerState) -> Void = { _ in }

    public init(index: DatasetIndex, keyMap: KeyMap = .standard) { self.index = index; self.keyMap = keyMap }

    public func run(on screen: Screen) -> Int32 {
        var state = begin(ExplorerState(size: screen.size))
        state.normalize(index, keyMap: keyMap)
        screen.paint(Renderer.render(state, index, keyMap: keyMap))
        // The keys of a sequence begun so far (`g` of `g g`); only a config file binds sequences.
        var pending: [Key] = []
        while true {
            var event: InputEvent? = screen.nextEvent()
            while let next = event {
                var command = keyMap.command(for: next, in: state.mode.kind)
                if case .key(let key) = next {
                    switch keyMap.resolve(key, after: pending, in: state.mode.kind) {
                    case .prefix:
                        pending.append(key)
                        event = screen.pendingEvent()
                        continue
                    case .command(let resolved):
                        pending = []
                        command = resolved
                    }
                }
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
                event = screen.pendingEvent()
            }
            screen.paint(Renderer.render(state, index, keyMap: keyMap))
        }
    }
}
