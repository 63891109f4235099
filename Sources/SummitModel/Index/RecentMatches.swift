import Synchronization

/// The records that matched the last few queries, so Backspace finds its earlier result kept and a query typed
/// on is checked only against the records its shorter form matched. Invisible in results: an entry is exactly
/// what checking the records would give, and a narrowing entry is a superset that is checked again.
/// Shared by every caller of one index (so behind a lock); at most `capacity` entries, least recent dropped.
final class RecentMatches: Sendable {
    static let capacity = 8
    /// Beyond this many words a query is looked up only as itself (matching words pairwise would cost their square).
    static let narrowingWordLimit = 8

    private struct Entry {
        let words: [[UInt8]]
        let positions: [Int32]
    }

    private let entries = Mutex<[Entry]>([])

    /// The kept positions for exactly these words (`exact`), or else the smallest kept result of a query these
    /// words narrow (each of its words lies inside one of these), a superset to check again.
    func lookup(_ words: [[UInt8]]) -> (positions: [Int32], exact: Bool)? {
        entries.withLock { entries in
            if let i = entries.firstIndex(where: { $0.words == words }) {
                let entry = entries.remove(at: i)
                entries.append(entry)
                return (entry.positions, true)
            }
            guard words.count <= Self.narrowingWordLimit else { return nil }
            let wider = entries.filter {
                $0.words.count <= Self.narrowingWordLimit && DatasetIndex.words(words, narrow: $0.words)
            }
            return wider.min { $0.positions.count < $1.positions.count }.map { ($0.positions, false) }
        }
    }

    func keep(_ words: [[UInt8]], _ positions: [Int32]) {
        entries.withLock { entries in
            entries.removeAll { $0.words == words }
            if entries.count >= Self.capacity { entries.removeFirst() }
            entries.append(Entry(words: words, positions: positions))
        }
    }
}
