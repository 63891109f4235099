/// Everything the explorer can do, named apart from the keys that trigger it (see `KeyMap`).
/// `name` is stable kebab-case: it appears in help, docs/keys.md, the man page and key scripts.
public enum Command: Hashable, Sendable {
    case nextPane, prevPane
    case focus(PaneID)
    case moveDown, moveUp, pageDown, pageUp, first, last
    case openDetail
    case back
    case searchStart, searchAccept, searchCancel
    case commandLine, commandComplete, commandAccept, commandCancel
    /// Types a character into the search or command-line draft, or a digit of a slide number.
    case insertText(Character)
    /// Types pasted text (or a burst of characters that arrived together) into the draft as one edit.
    case paste(String)
    /// Deletes the last character of the draft.
    case deleteChar
    /// Puts an older (previous) or newer (next) line of the prompt's history on the line.
    case historyPrevious, historyNext
    case filterLinked, filterDropLast, filterClear
    case sourceView
    /// Presents the briefing as slides, from the slide showing the selected record.
    case present
    /// Shows the focused pane alone, full screen, without header or status bar (again to go back).
    case zoom
    case slideNext, slidePrevious, slideFirst, slideLast
    /// Enter after digits: go to that slide.
    case slideGo
    case slideBlank
    /// Pauses or resumes auto-advance.
    case slideAuto
    /// Leaves the presentation: back to the explorer, or out of summit when started as `summit present`.
    case presentLeave
    /// Time passed with no key: auto-advance moves on.
    case tick
    /// Pins or unpins the selected record (`m`); moves it earlier or later in the pin order.
    case pinToggle, pinMoveUp, pinMoveDown
    case help
    case quit
    /// Ctrl-C: quit with the conventional interrupted status.
    case interrupt
    case redraw, suspend
    case resize(Size)
    case mouse(MouseEvent)
    case hangup, terminate
    /// A key with no binding in the current mode; reported in the status bar.
    case unbound(String)

    public var name: String {
        switch self {
        case .nextPane: "next-pane"
        case .prevPane: "prev-pane"
        case .focus(let pane): "focus-\(pane.rawValue)"
        case .moveDown: "move-down"
        case .moveUp: "move-up"
        case .pageDown: "page-down"
        case .pageUp: "page-up"
        case .first: "first"
        case .last: "last"
        case .openDetail: "open-detail"
        case .back: "back"
        case .searchStart: "search-start"
        case .searchAccept: "search-accept"
        case .searchCancel: "search-cancel"
        case .commandLine: "command-line"
        case .commandComplete: "command-complete"
        case .commandAccept: "command-accept"
        case .commandCancel: "command-cancel"
        case .insertText: "insert-text"
        case .paste: "paste"
        case .deleteChar: "delete-char"
        case .historyPrevious: "history-previous"
        case .historyNext: "history-next"
        case .filterLinked: "filter-linked"
        case .filterDropLast: "filter-drop-last"
        case .filterClear: "filter-clear"
        case .sourceView: "source-view"
        case .present: "present"
        case .zoom: "zoom"
        case .slideNext: "slide-next"
        case .slidePrevious: "slide-previous"
        case .slideFirst: "slide-first"
        case .slideLast: "slide-last"
        case .slideGo: "slide-go"
        case .slideBlank: "slide-blank"
        case .slideAuto: "slide-auto"
        case .presentLeave: "present-leave"
        case .tick: "tick"
        case .pinToggle: "pin-toggle"
        case .pinMoveUp: "pin-move-up"
        case .pinMoveDown: "pin-move-down"
        case .help: "help"
        case .quit: "quit"
        case .interrupt: "interrupt"
        case .redraw: "redraw"
        case .suspend: "suspend"
        case .resize: "resize"
        case .mouse: "mouse"
        case .hangup: "hangup"
        case .terminate: "terminate"
        case .unbound: "unbound"
        }
    }
}
