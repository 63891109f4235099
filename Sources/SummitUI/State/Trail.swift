import SummitModel

/// The records opened in Detail, in order, like a browser's history: opening a record drops what lay ahead
/// and adds it; back and forward move along without changing the entries.
public struct Trail: Hashable, Sendable {
    /// The oldest entries give way beyond this many.
    public static let limit = 100
    public private(set) var entries: [RecordRef] = []
    /// The entry Detail shows, or -1 before anything was opened.
    public private(set) var position = -1

    public init() {}

    public var current: RecordRef? { entries.indices.contains(position) ? entries[position] : nil }
    public var canGoBack: Bool { position > 0 }
    public var canGoForward: Bool { position + 1 < entries.count }

    /// Opens `ref`: a repeat of the current entry is not added twice.
    public mutating func visit(_ ref: RecordRef) {
        guard current != ref else { return }
        entries.removeSubrange((position + 1)...)
        entries.append(ref)
        if entries.count > Self.limit { entries.removeFirst(entries.count - Self.limit) }
        position = entries.count - 1
    }

    public mutating func back() -> RecordRef? {
        guard canGoBack else { return nil }
        position -= 1
        return current
    }

    public mutating func forward() -> RecordRef? {
        guard canGoForward else { return nil }
        position += 1
        return current
    }

    /// The trail as Detail's title shows it: "Poland › Pillar 2 › Buras", the current entry last, with "‹N" for
    /// older ones left off and "+N›" for those ahead. Names are cut shorter until the one before the current
    /// entry fits too. Empty until a second record is opened.
    func label(_ index: DatasetIndex, room: Int) -> String {
        guard entries.count > 1, let current else { return "" }
        let ahead = entries.count - 1 - position
        let tail = ahead > 0 ? " +\(ahead)›" : ""
        var best = ""
        for cut in [24, 16, 12, 8] {
            var shown = [TextWidth.truncate(RecordLabel.chip(current, index), to: cut)]
            var i = position - 1
            while i >= 0 {
                let name = TextWidth.truncate(RecordLabel.chip(entries[i], index), to: cut)
                let older = i > 0 ? "‹\(i) " : ""
                guard TextWidth.of(older + ([name] + shown).joined(separator: " › ") + tail) <= room else { break }
                shown.insert(name, at: 0)
                i -= 1
            }
            best = (i >= 0 ? "‹\(i + 1) " : "") + shown.joined(separator: " › ") + tail
            if shown.count > 1 || position == 0 { break }
        }
        return best
    }
}
