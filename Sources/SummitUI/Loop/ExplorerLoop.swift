import SummitModel

/// Drives a `Screen`: nextEvent → KeyMap → Command → reduce → render → paint, performing the effects
/// reduce returns. Ends with the exit status of the quitting command. Events that are already waiting are
/// reduced one by one before the next paint: each is still handled, only the frames in between are skipped.
public struct ExplorerLoop {
    public let index: DatasetIndex
    public let keyMap: KeyMap
    /// How charts draw: `.ascii` when the user's locale has no UTF-8.
    public let glyphs: BarChart.Glyphs
    public init(index: DatasetIndex, keyMap: KeyMap = .standard, glyphs: BarChart.Glyphs = .blocks) {
        self.index = index; self.keyMap = keyMap; self.glyphs = glyphs
    }

    public func run(on screen: Screen) -> Int32 {
        var state = ExplorerState(size: screen.size)
        state.glyphs = glyphs
        state.normalize(index, keyMap: keyMap)
        screen.paint(Renderer.render(state, index, keyMap: keyMap))
        while true {
            var event: InputEvent? = screen.nextEvent()
            while let next = event {
                let command = keyMap.command(for: next, in: state.mode.kind)
                let transition = Reducer.reduce(state, command, index, keyMap: keyMap)
                state = transition.state
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
