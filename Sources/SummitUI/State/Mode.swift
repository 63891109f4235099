/// What the keyboard is doing right now. Each binding in `KeyMap` lists the modes it applies in.
public enum Mode: Hashable, Sendable {
    /// Moving around the panes.
    case browse
    /// Typing an incremental search; `draft` re-filters every pane on each keystroke.
    case search(draft: String)
    /// Typing a `:` command; `completions` are the candidates the last Tab offered.
    case command(draft: String, completions: CompletionList)
    /// The key help overlay, scrolled by `scroll` lines.
    case help(scroll: Int)
    /// The whole article, scrolled to `scroll` wrapped lines, highlighting the span of `subject`.
    case source(subject: RecordRef?, scroll: Int)
    /// Presenting a briefing as slides (`summit present`, or `p` in the explorer).
    case present(Presentation)

    public var kind: ModeKind {
        switch self {
        case .browse: .browse
        case .search: .search
        case .command: .command
        case .help: .help
        case .source: .source
        case .present: .present
        }
    }
}

/// A mode without its data, for binding tables.
public enum ModeKind: String, Hashable, Sendable, CaseIterable {
    case browse, search, command, help, source, present
}

import SummitModel
