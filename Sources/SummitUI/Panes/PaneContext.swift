import SummitModel

/// What a pane renderer gets: the state, the index, the frame's layout, its rectangle and whether it has focus.
public struct PaneContext {
    public let state: ExplorerState
    public let index: DatasetIndex
    public let layout: Layout
    public let rect: Rect
    public var focused: Bool { state.focus == pane }
    public let pane: PaneID
    /// The loop's binding table, for panes that name a key.
    public var keyMap: KeyMap = .standard
}
