import Synchronization

/// The records that matched the last few queries, with their scores, so Backspace finds its earlier result kept, a
/// query typed on is checked only against the records its shorter form matched, and ranking the rows a list shows
/// reads scores instead of searching text again. Invisible in results: an entry is exactly what checking the
/// records would give, and a narrowing entry is a superset that is checked again.
/// Shared by every caller of one index (so behind a lock); at most `capacity` entries, least recent dropped.
final class RecentMatches: Sendable {
    static let capacity = 8
    /// Beyond this many words a query is looked up only as itself (matching words pairwise would cost their square).
    static let narrowingWordLimit = 8

    /// The ascending positions of the records matching a query, and each one's score (`SearchText.score`, without
    /// the exact-name bonus), `scores[i]` for `positions[i]`.
    struct Matches: Sendable {
        let positions: [Int32]
        let scores: [Int32]
    }

    private struct Entry {
        let words: [[UInt8]]
        let matches: Matches
    }

    private let entries = Mutex<[Entry]>([])

    /// The kept matches for exactly these words (`exact`), or else the smallest kept result of a query these
    /// words narrow (each of its words lies inside one of these), a superset to check again.
    func lookup(_ words: [[UInt8]]) -> (matches: Matches, exact: Bool)? {
        entries.withLock { entries in
            if let i = entries.firstIndex(where: { $0.words == words }) {
                let entry = entries.remove(at: i)
                entries.append(entry)
                return (entry.matches, true)
            }
            guard words.count <= Self.narrowingWordLimit else { return nil }
            let wider = entries.filter {
                $0.words.count <= Self.narrowingWordLimit && DatasetIndex.words(words, narrow: $0.words)
            }
            return wider.min { $0.matches.positions.count < $1.matches.positions.count }.map { ($0.matches, false) }
        }
    }

    func keep(_ words: [[UInt8]], _ matches: Matches) {
        entries.withLock { entries in
            entries.removeAll { $0.words == words }
            if entries.count >= Self.capacity { entries.removeFirst() }
            entries.append(Entry(words: words, matches: matches))
        }
    }
}
