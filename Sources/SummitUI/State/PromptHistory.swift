/// The lines accepted after `/` or `:`, oldest first: each line once (typing it again moves it to the end),
/// at most `limit` of them. The explorer keeps one per prompt; `ExplorerMemory` carries them across sessions.
public struct PromptHistory: Hashable, Sendable {
    public private(set) var lines: [String] = []
    public static let limit = 100

    /// Lines as stored, oldest first; blanks and repeats dropped, only the newest `limit` kept.
    public init(_ lines: [String] = []) {
        for line in lines { record(line) }
    }

    /// Adds a line as the newest. Linear in `limit` (a hundred lines), never in anything a dataset holds.
    public mutating func record(_ line: String) {
        let line = line.trimmingBlanks()
        guard !line.isEmpty else { return }
        lines.removeAll { $0 == line }
        lines.append(line)
        if lines.count > Self.limit { lines.removeFirst(lines.count - Self.limit) }
    }

    /// The line `steps` back from the newest (0 is the newest), clamped to the oldest; nil when empty.
    public func line(back steps: Int) -> String? {
        guard !lines.isEmpty else { return nil }
        return lines[lines.count - 1 - min(max(0, steps), lines.count - 1)]
    }
}
