import SummitModel

/// The lines accepted after `/` or `:`, oldest first: each line once (typing it again moves it to the end), at most
/// `limit` of them, and how far Ctrl-P has gone back through them. The explorer keeps one per prompt;
/// `ExplorerMemory` carries the lines across sessions (the config branch's memory and the links branch's session
/// history are this one type).
public struct PromptHistory: Hashable, Sendable {
    /// The oldest lines give way beyond this many.
    public static let limit = 100
    public private(set) var entries: [String] = []
    /// The entry on the line now, while recalling; nil while the user's own line is shown.
    public private(set) var recalled: Int?
    /// The line the user was typing before the first Ctrl-P, given back by Ctrl-N past the newest entry.
    private var typed = PromptLine()

    /// Lines as stored, oldest first; blanks and repeats dropped, only the newest `limit` kept.
    public init(_ lines: [String] = []) {
        for line in lines { add(line) }
    }

    /// The lines, oldest first (what `ExplorerMemory` saves).
    public var lines: [String] { entries }

    /// Keeps a line that was run as the newest; a blank line is not kept, and a repeat moves to the end. Linear in
    /// `limit`, never in anything a dataset holds.
    public mutating func add(_ line: String) {
        recalled = nil
        let trimmed = line.trimmingBlanks()
        guard !trimmed.isEmpty else { return }
        entries.removeAll { $0 == trimmed }
        entries.append(trimmed)
        if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
    }

    /// The same as `add` (the name the memory's code uses).
    public mutating func record(_ line: String) { add(line) }

    /// The line `steps` back from the newest (0 is the newest), clamped to the oldest; nil when empty.
    public func line(back steps: Int) -> String? {
        guard !entries.isEmpty else { return nil }
        return entries[entries.count - 1 - min(max(0, steps), entries.count - 1)]
    }

    /// Forgets where recalling had got to (a new prompt starts from the user's own line).
    public mutating func restart() { recalled = nil }

    /// Ctrl-P: the entry before the one shown, or nil (nothing older: the line stays as it is).
    public mutating func older(than current: PromptLine) -> PromptLine? {
        let at = recalled ?? entries.count
        guard at > 0 else { return nil }
        if recalled == nil { typed = current }
        recalled = at - 1
        return PromptLine(entries[at - 1])
    }

    /// Ctrl-N: the entry after the one shown, then the user's own line; nil when not recalling.
    public mutating func newer() -> PromptLine? {
        guard let at = recalled else { return nil }
        if at + 1 < entries.count {
            recalled = at + 1
            return PromptLine(entries[at + 1])
        }
        recalled = nil
        return typed
    }
}
