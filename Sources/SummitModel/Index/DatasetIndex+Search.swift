// Free-text search: case-, diacritic- and apostrophe-insensitive; several words mean AND.
//
// Cost of one query: O(B · w) byte comparisons in the worst case, where B is the folded text of the records the
// facets let through and w the number of words (memchr skips to candidate first bytes, so in practice it is one
// linear pass per word), plus O(h log h) to rank h hits. No per-query allocation proportional to the dataset
// beyond the hit list.

extension DatasetIndex {
    /// Lowercase, diacritics removed, typographic quotes and dashes made plain ("Türkiye’s" → "turkiye's").
    public static func fold(_ text: String) -> String {
        TextFolding.fold(text)
    }

    /// Ranges of `text` to highlight for `query`: every occurrence of every query word, matched on the folded
    /// text and mapped back to whole characters of the original ("turk" highlights "Türk" in "Türkiye").
    /// Sorted, overlapping ranges merged. Empty query or text: no ranges.
    public static func matchRanges(of query: String, in text: String) -> [Range<String.Index>] {
        TextFolding.matchRanges(of: query, in: text)
    }

    /// Whether the record contains every word of the query (in any of its fields). An empty query matches.
    public func matches(_ ref: RecordRef, query: String) -> Bool {
        guard let position = position(of: ref) else { return false }
        let words = TextFolding.queryWords(query)
        if words.isEmpty { return true }
        let searchText = self.searchText  // one lock, not one per record (BuiltOnFirstUse)
        return searchText.bytes.withUnsafeBufferPointer { searchText.score(position, words: words, in: $0) != nil }
    }

    /// Bytes held by the folded search text (with its record bounds) and by its trigram index: the memory search
    /// costs, for the benchmark.
    public var searchMemory: (text: Int, trigrams: Int) {
        (searchText.bytes.count + searchText.bounds.count * 8, searchText.trigrams.byteCount)
    }

    /// Every record matching all query words and the facets, best first.
    ///
    /// Ranking: a query equal to a record's name, title, alias or id (after folding) first; then per word, a hit
    /// in a name/title/alias above a hit in body text, and a hit at a word start above one mid-word; ties in
    /// kind order, then dataset order. Deterministic. An empty query matches every record (score 0).
    /// Only the records the trigram index (or a kept earlier result) leaves as candidates are checked; the
    /// result is exactly that of checking every record (`scanSearch`).
    public func search(_ query: String, facets: Facets = Facets()) -> [SearchHit] {
        let words = TextFolding.queryWords(query)
        return rank(words, facets: facets, candidates: matchingPositions(words))
    }

    /// `search` by checking every record of the allowed kinds: what the index must agree with (tests hold it to).
    func scanSearch(_ query: String, facets: Facets = Facets()) -> [SearchHit] {
        rank(TextFolding.queryWords(query), facets: facets, candidates: nil)
    }

    private func rank(_ words: [[UInt8]], facets: Facets, candidates: [Int32]?) -> [SearchHit] {
        let exact = exactPositions(words)
        let check = FacetCheck(facets, actors: dataset.actors)
        var hits: [(score: Int, position: Int)] = []
        let searchText = self.searchText
        searchText.bytes.withUnsafeBufferPointer { buffer in
            for range in candidateRanges(facets) {
                DatasetIndex.forEach(in: range, of: candidates) { position in
                    if !facets.isEmpty, !satisfies(position, check) { return }
                    guard var score = searchText.score(position, words: words, in: buffer) else { return }
                    if exact.contains(position) { score += SearchText.exactNameScore }
                    hits.append((score, position))
                }
            }
        }
        hits.sort { $0.score != $1.score ? $0.score > $1.score : $0.position < $1.position }
        return hits.map { SearchHit(ref: refs[$0.position], score: $0.score) }
    }

    /// The refs that match the query and the facets, in the order given. Unknown refs are dropped.
    /// A ref is placed by trying the position after the previous one first (lists are kept in dataset order), so a
    /// whole kind costs no id lookup; records the index rules out are not checked.
    public func filter(_ refs: [RecordRef], query: String, facets: Facets) -> [RecordRef] {
        let words = TextFolding.queryWords(query)
        let check = FacetCheck(facets, actors: dataset.actors)
        let allowed = refs.count < 64 ? nil : matchingPositions(words).map { PositionSet(self.refs.count, $0) }
        var next = -1
        let searchText = self.searchText
        return searchText.bytes.withUnsafeBufferPointer { buffer in
            refs.filter { ref in
                let position: Int
                if next >= 0, next < self.refs.count, self.refs[next] == ref {
                    position = next
                } else if let found = self.position(of: ref) {
                    position = found
                } else {
                    return false
                }
                next = position + 1
                if let allowed, !allowed.contains(position) { return false }
                if !facets.isEmpty, !satisfies(position, check) { return false }
                return words.isEmpty || searchText.score(position, words: words, in: buffer) != nil
            }
        }
    }

    /// Ascending positions of the records that may match every word (nil: any record may), from the result kept
    /// for this query or one it narrows, else from the trigram index.
    private func matchingPositions(_ words: [[UInt8]]) -> [Int32]? {
        if words.isEmpty { return nil }
        let kept = recentMatches.lookup(words)
        if let kept, kept.exact { return kept.positions }
        let searchText = self.searchText
        guard let candidates = kept?.positions ?? searchText.trigrams.candidates(words) else { return nil }
        // Keep only the records that really match, so Backspace and typing on start from them.
        let matches = searchText.bytes.withUnsafeBufferPointer { buffer in
            candidates.filter { searchText.score(Int($0), words: words, in: buffer) != nil }
        }
        recentMatches.keep(words, matches)
        return matches
    }

    /// Calls `body` with each position of `range`, or only those among the ascending `candidates` when given.
    private static func forEach(in range: Range<Int>, of candidates: [Int32]?, _ body: (Int) -> Void) {
        guard let candidates else {
            for position in range { body(position) }
            return
        }
        var low = 0
        var high = candidates.count
        while low < high {
            let mid = (low + high) / 2
            if Int(candidates[mid]) < range.lowerBound { low = mid + 1 } else { high = mid }
        }
        while low < candidates.count, Int(candidates[low]) < range.upperBound {
            body(Int(candidates[low]))
            low += 1
        }
    }

    /// The best-ranked of `refs` for the query, ranked exactly as `search` ranks (score, then position); nil when
    /// none matches. For the UI's "best match among the rows shown": one pass over `refs`, no sort.
    public func best(among refs: some Sequence<RecordRef>, query: String) -> SearchHit? {
        let words = TextFolding.queryWords(query)
        let exact = exactPositions(words)
        var best: (score: Int, position: Int)?
        let searchText = self.searchText
        searchText.bytes.withUnsafeBufferPointer { buffer in
            for ref in refs {
                guard let position = position(of: ref), var score = searchText.score(position, words: words, in: buffer)
                else { continue }
                if exact.contains(position) { score += SearchText.exactNameScore }
                if let b = best, b.score > score || (b.score == score && b.position < position) { continue }
                best = (score, position)
            }
        }
        return best.map { SearchHit(ref: self.refs[$0.position], score: $0.score) }
    }

    /// True when every record matching `narrower` also matches `wider`: each word of `wider` lies inside some
    /// word of `narrower` (words are ANDed and matched as substrings). Lets a caller filter the previous
    /// result again instead of the whole dataset when a query is typed on ("troo" → "troop", "troops k").
    /// Linear in the queries' length for typing on and for deleting (a paste of thousands of words must not cost
    /// their square): a query typed on starts with the shorter one (folding is per scalar, so each word of
    /// `wider` is a word of `narrower` or, the last, the start of one), and whole words are looked up in a set.
    public static func query(_ narrower: String, narrows wider: String) -> Bool {
        if narrower.unicodeScalars.starts(with: wider.unicodeScalars) { return true }
        return words(TextFolding.queryWords(narrower), narrow: TextFolding.queryWords(wider))
    }

    /// True when each of the folded words `wider` lies inside some word of `narrower`, so every record matching
    /// `narrower` matches `wider`. Whole words are looked up in a set; the rest are searched for.
    static func words(_ narrower: [[UInt8]], narrow wider: [[UInt8]]) -> Bool {
        let whole = Set(narrower)
        return wider.allSatisfy { word in
            whole.contains(word)
                || narrower.contains { w in
                    w.count >= word.count
                        && (0...w.count - word.count).contains { w[$0..<$0 + word.count].elementsEqual(word) }
                }
        }
    }

    /// Positions of the records the whole query names exactly (a name, title, alias or id), which rank first.
    private func exactPositions(_ words: [[UInt8]]) -> Set<Int> {
        guard !words.isEmpty else { return [] }
        let key = SearchText.exactKey(words)
        var exact = Set(searchText.exactNames[key] ?? [])
        if let ref = ref(id: key), let position = position(of: ref) { exact.insert(position) }
        return exact
    }

    /// Position ranges to scan: only the kinds the facets allow, in kind order.
    private func candidateRanges(_ facets: Facets) -> [Range<Int>] {
        RecordKind.allCases.compactMap { kind in
            facets.kinds.isEmpty || facets.kinds.contains(kind) ? kindRanges[kind] : nil
        }
    }
}

/// A set of record positions as bits: membership in O(1) for a filter over a list of refs.
private struct PositionSet {
    private var bits: [UInt64]

    init(_ count: Int, _ positions: [Int32]) {
        bits = [UInt64](repeating: 0, count: (count + 63) / 64)
        for p in positions { bits[Int(p) >> 6] |= 1 << UInt64(Int(p) & 63) }
    }

    func contains(_ position: Int) -> Bool { bits[position >> 6] & (1 << UInt64(position & 63)) != 0 }
}
