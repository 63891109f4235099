/// What the event loop needs from a terminal. The ncurses backend implements it; tests script it.
public protocol Screen: AnyObject {
    var size: Size { get }
    /// Paints a whole frame. The backend may diff; callers always pass the full grid.
    func paint(_ grid: CellGrid)
    /// Blocks until the next input event.
    func nextEvent() -> InputEvent
    /// Waits at most `milliseconds` for an event; nil when the time passed first (auto-advance, key scripts).
    func nextEvent(milliseconds: Int) -> InputEvent?
    /// The next input event if one has already arrived, else nil at once. Lets the loop answer a burst of keys
    /// (a paste, fast typing, key repeat) with one frame instead of one per key. Has a default: nothing pending.
    func pendingEvent() -> InputEvent?
    /// Temporarily gives the terminal back (Ctrl-Z) and resumes afterwards.
    func suspend()
    /// Forget what is on the terminal so the next paint redraws everything (Ctrl-L). Has a default.
    func invalidate()
    /// Something the status bar should say at start about this terminal (e.g. ASCII stand-ins). Default: nil.
    var notice: StatusMessage? { get }
}

extension Screen {
    /// Default: every event waits for its own frame.
    public func pendingEvent() -> InputEvent? { nil }

    /// Default: no clock, so the time never passes first.
    public func nextEvent(milliseconds: Int) -> InputEvent? { nextEvent() }

    /// Default: nothing. Backends that keep a copy of the screen (ncurses: clearok) implement it.
    public func invalidate() {}

    public var notice: StatusMessage? { nil }
}
