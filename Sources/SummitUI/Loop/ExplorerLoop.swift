import SummitModel

/// Drives a `Screen`: nextEvent → KeyMap → Command → reduce → render → paint, performing the effects
/// reduce returns. Ends with the exit status of the quitting command. Events that are already waiting are
/// reduced one by one before the next paint: each is still handled, only the frames in between are skipped.
public struct ExplorerLoop {
    public let index: DatasetIndex
    public let keyMap: KeyMap
    /// The pins to start with, and where changed pins go; nil keeps pins for this session only.
    public var pinKeeper: PinKeeper?
    public init(index: DatasetIndex, keyMap: KeyMap = .standard, pinKeeper: PinKeeper? = nil) {
        self.index = index; self.keyMap = keyMap; self.pinKeeper = pinKeeper
    }

    public func run(on screen: Screen) -> Int32 {
        var state = ExplorerState(size: screen.size)
        if let pinKeeper {
            state.pins = pinKeeper.pins
            state.message = pinKeeper.problem.map { StatusMessage($0, isError: true) }
        }
        state.normalize(index, keyMap: keyMap)
        screen.paint(Renderer.render(state, index, keyMap: keyMap))
        while true {
            var event: InputEvent? = screen.nextEvent()
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
                event = screen.pendingEvent()
            }
            screen.paint(Renderer.render(state, index, keyMap: keyMap))
        }
    }
}
