import SummitModel

/// Earlier searches or commands of this session, oldest first, and how far ↑ (Ctrl-P) has gone back through
/// them. Kept for the session only; keeping it across sessions belongs with the configuration.
public struct PromptHistory: Hashable, Sendable {
    /// The oldest lines give way beyond this many.
    public static let limit = 200
    public private(set) var entries: [String] = []
    /// The entry on the line now, while recalling; nil while the user's own line is shown.
    public private(set) var recalled: Int?
    /// The line the user was typing before the first ↑, given back by ↓ past the newest entry.
    private var typed = PromptLine()

    public init() {}

    /// Keeps a line that was run; a repeat of the newest entry and a blank line are not kept twice.
    public mutating func add(_ line: String) {
        recalled = nil
        let trimmed = line.trimmingBlanks()
        guard !trimmed.isEmpty, entries.last != trimmed else { return }
        entries.append(trimmed)
        if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
    }

    /// Forgets where recalling had got to (a new prompt starts from the user's own line).
    public mutating func restart() { recalled = nil }

    /// ↑: the entry before the one shown, or nil (nothing older: the line stays as it is).
    public mutating func older(than current: PromptLine) -> PromptLine? {
        let at = recalled ?? entries.count
        guard at > 0 else { return nil }
        if recalled == nil { typed = current }
        recalled = at - 1
        return PromptLine(entries[at - 1])
    }

    /// ↓: the entry after the one shown, then the user's own line; nil when not recalling.
    public mutating func newer() -> PromptLine? {
        guard let at = recalled else { return nil }
        if at + 1 < entries.count { recalled = at + 1; return PromptLine(entries[at + 1]) }
        recalled = nil
        return typed
    }
}
