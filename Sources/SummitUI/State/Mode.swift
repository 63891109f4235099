import SummitModel

/// What the keyboard is doing right now. Each binding in `KeyMap` lists the modes it applies in.
public enum Mode: Hashable, Sendable {
    /// Moving around the panes.
    case browse
    /// Typing an incremental search; `draft` re-filters every pane on each keystroke.
    case search(draft: PromptLine)
    /// Typing a `:` command; `completions` are the candidates the last Tab offered.
    case command(draft: PromptLine, completions: CompletionList)
    /// The key help overlay, scrolled by `scroll` lines.
    case help(scroll: Int)
    /// The whole article, scrolled to `scroll` wrapped lines, highlighting the span of `subject`.
    case source(subject: RecordRef?, scroll: Int)
    /// Presenting a briefing as slides (`summit present`, or `p` in the explorer).
    case present(Presentation)
    /// The frequency table of a list's facet (`F`).
    case counts(FacetTable)
    /// `/` in the source view: typing a search of the article itself, over the source view it came from.
    case sourceSearch(draft: PromptLine, subject: RecordRef?, scroll: Int)

    public var kind: ModeKind {
        switch self {
        case .browse: .browse
        case .search: .search
        case .command: .command
        case .help: .help
        case .source: .source
        case .present: .present
        case .counts: .counts
        case .sourceSearch: .sourceSearch
        }
    }

    /// The line being typed at the `/` or `:` prompt.
    public var prompt: PromptLine? {
        switch self {
        case .search(let d), .command(let d, _), .sourceSearch(let d, _, _): d
        default: nil
        }
    }

    /// The article view this mode shows: the source view, or its search being typed.
    public var article: (subject: RecordRef?, scroll: Int)? {
        switch self {
        case .source(let subject, let scroll), .sourceSearch(_, let subject, let scroll): (subject, scroll)
        default: nil
        }
    }
}

/// A mode without its data, for binding tables.
public enum ModeKind: String, Hashable, Sendable, CaseIterable {
    case browse, search, command, help, source, present, counts, sourceSearch
}
