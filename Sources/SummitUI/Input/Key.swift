/// A key press, decoded by the terminal backend, independent of ncurses.
public enum Key: Hashable, Sendable {
    case character(Character)
    /// Ctrl plus a letter, lowercased: `.control("c")` is Ctrl-C.
    case control(Character)
    /// Alt (Meta) plus a character, as terminals send it: Esc then the character. `.alt("b")` is Alt-B.
    case alt(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
}

/// Everything the event loop can receive.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(Size)
    /// Text the terminal delivered as one paste (bracketed paste).
    case paste(String)
    /// The terminal went away (SIGHUP, read errors): quit at once.
    case hangup
    /// SIGTERM or SIGINT delivered as a signal rather than a key.
    case terminate
    /// The time the loop was asked to wait passed with no input (auto-advance).
    case tick
}

public struct MouseEvent: Hashable, Sendable {
    public enum Action: Hashable, Sendable { case press, wheelUp, wheelDown }
    public var action: Action
    public var x: Int
    public var y: Int
    public init(action: Action, x: Int, y: Int) {
        self.action = action
        self.x = x
        self.y = y
    }
}
