import Dispatch

// Free-text search: case-, diacritic- and apostrophe-insensitive; several words mean AND.
//
// Cost of one query: the lengths of the trigram lists read (see `TrigramIndex`) plus one exact check per candidate,
// or per record when no word has three letters; the matches and their scores are then kept (`RecentMatches`), so
// Backspace, typing on and ranking the rows a list shows read them instead of the text. Filtering rows is an
// intersection with those matches and with the facets' link lists: O(rows + matches), no id lookups.

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
    public var searchMemory: (text: Int, trigrams: Int, shortWords: Int) {
        let searchText = self.searchText
        return (
            searchText.bytes.count + searchText.bounds.count * 8, searchText.trigrams.byteCount,
            searchText.shortWords.current?.byteCount ?? 0
        )
    }

    /// Starts building the one- and two-letter word lists on another thread (after the search text, waited for
    /// there), so the explorer's short queries read lists instead of checking every record once they are built.
    /// Cheap to ask again. The explorer asks after its first frame; a lookup never does (one scan costs it less).
    /// Below `concurrentBuildMinimum` records they are built with the text, and no thread is started: the explorer
    /// on a small dataset stays on one thread (decision 67).
    public func prepareShortWords() {
        guard refs.count >= Self.concurrentBuildMinimum else { return }
        DispatchQueue.global().async { [self] in searchText.shortWords.build() }
    }

    /// The one- and two-letter word lists built, here if nobody started them: for tests and for measuring typing
    /// on an explorer that has been open long enough to have them.
    public func waitForShortWords() { _ = searchText.shortWords.wait() }

    /// Every record matching all query words and the facets, best first.
    ///
    /// Ranking: a query equal to a record's name, title, alias or id (after folding) first; then per word, a hit
    /// in a name/title/alias above a hit in body text, and a hit at a word start above one mid-word; ties in
    /// kind order, then dataset order. Deterministic. An empty query matches every record (score 0).
    /// Only the records the trigram index (or a kept earlier result) leaves as candidates are checked, and facets
    /// are applied as precomputed link lists; the result is exactly that of checking every record (`scanSearch`).
    public func search(_ query: String, facets: Facets = Facets()) -> [SearchHit] {
        let words = TextFolding.queryWords(query)
        let found = matches(words)
        var rows: [Int32] = []
        var scores: [Int32] = []
        for range in candidateRanges(facets) {
            if let found {
                let low = SortedPositions.lowerBound(Int32(range.lowerBound), in: found.positions)
                let high = SortedPositions.lowerBound(Int32(range.upperBound), in: found.positions)
                rows += found.positions[low..<high]
                scores += found.scores[low..<high]
            } else {
                rows += Int32(range.lowerBound)..<Int32(range.upperBound)
            }
        }
        let exact = exactPositions(words)
        var hits: [(score: Int, position: Int)] = []
        func add(_ i: Int) {
            let position = Int(rows[i])
            let score = (found == nil ? 0 : Int(scores[i])) + (exact.contains(position) ? SearchText.exactNameScore : 0)
            hits.append((score, position))
        }
        if let allowed = facetPositions(facets) {
            SortedPositions.forEachMember(of: rows, in: allowed) { i, _ in add(i) }
        } else {
            for i in rows.indices { add(i) }
        }
        return ranked(hits)
    }

    /// `search` by checking every record of the allowed kinds, facet by facet and word by word: what the index
    /// must agree with (tests hold it to).
    func scanSearch(_ query: String, facets: Facets = Facets()) -> [SearchHit] {
        let words = TextFolding.queryWords(query)
        let exact = exactPositions(words)
        let check = FacetCheck(facets, actors: dataset.actors)
        var hits: [(score: Int, position: Int)] = []
        let searchText = self.searchText
        searchText.bytes.withUnsafeBufferPointer { buffer in
            for range in candidateRanges(facets) {
                for position in range {
                    if !facets.isEmpty, !satisfies(position, check) { continue }
                    guard var score = searchText.score(position, words: words, in: buffer) else { continue }
                    if exact.contains(position) { score += SearchText.exactNameScore }
                    hits.append((score, position))
                }
            }
        }
        return ranked(hits)
    }

    private func ranked(_ hits: [(score: Int, position: Int)]) -> [SearchHit] {
        hits.sorted { $0.score != $1.score ? $0.score > $1.score : $0.position < $1.position }
            .map { SearchHit(ref: refs[$0.position], score: $0.score) }
    }

    /// The refs that match the query and the facets, in the order given. Unknown refs are dropped.
    public func filter(_ refs: [RecordRef], query: String, facets: Facets) -> [RecordRef] {
        filter(rows: positions(of: refs), query: query, facets: facets).map { self.refs[Int($0)] }
    }

    /// The positions (in `allRefs`) that match the query and the facets, in the order given: the rows a list
    /// shows, filtered without touching ids. A word keeps the rows its kept or indexed matches hold; a facet keeps
    /// the rows its link lists hold. A few rows are checked one by one instead (no whole result for three rows).
    public func filter(rows: [Int32], query: String, facets: Facets) -> [Int32] {
        var kept = rows
        if !facets.kinds.isEmpty {
            let ranges = candidateRanges(facets)
            kept = kept.filter { p in ranges.contains { $0.contains(Int(p)) } }
        }
        if kept.count < Self.fewRows, !facets.isEmpty {
            let check = FacetCheck(facets, actors: dataset.actors)
            kept = kept.filter { satisfies(Int($0), check) }
        } else if let allowed = facetPositions(facets) {
            kept = SortedPositions.members(of: kept, in: allowed)
        }
        let words = TextFolding.queryWords(query)
        // A whole kind (the first letter typed): its matches are one slice of the query's, no merge.
        if kept.count >= Self.fewRows, let found = matches(words), let first = kept.first, let last = kept.last,
            Int(last - first) + 1 == kept.count, SortedPositions.isAscending(kept)
        {
            let low = SortedPositions.lowerBound(first, in: found.positions)
            let high = SortedPositions.lowerBound(last + 1, in: found.positions)
            return Array(found.positions[low..<high])
        }
        var out: [Int32] = []
        forEachMatch(of: kept, words) { i, _ in out.append(kept[i]) }
        return out
    }

    /// The best-ranked of the rows (positions in `allRefs`) for the query, ranked exactly as `search` ranks
    /// (score, then position); nil when none matches. Scores come from the query's kept matches, so ranking a
    /// list costs integer comparisons, not text searches.
    public func best(amongRows rows: [Int32], query: String) -> SearchHit? {
        let words = TextFolding.queryWords(query)
        var best: (score: Int, position: Int)?
        func consider(_ score: Int, _ position: Int) {
            if let b = best, b.score > score || (b.score == score && b.position < position) { return }
            best = (score, position)
        }
        if rows.count >= Self.fewRows, let found = matches(words),
            let slice = SortedPositions.slice(of: found.positions, equalTo: rows)
        {
            // A list under a search alone holds exactly the matches inside its kind: the best of their kept
            // scores, no merge (the first of equal scores has the lowest position).
            found.scores.withUnsafeBufferPointer { scores in
                var top = slice.lowerBound
                for k in slice where scores[k] > scores[top] { top = k }
                consider(Int(scores[top]), Int(found.positions[top]))
            }
        } else {
            forEachMatch(of: rows, words) { i, score in consider(score, Int(rows[i])) }
        }
        // The exact-name bonus goes to the few records the whole query names, looked up among the rows rather
        // than tested on every row (a hash per row cost more than the rest of ranking a million rows).
        let exact = exactPositions(words)
        if !exact.isEmpty {
            let ascending = SortedPositions.isAscending(rows)
            for position in exact {
                guard SortedPositions.index(of: Int32(position), in: rows, ascending: ascending) != nil,
                    let score = score(of: position, words)
                else { continue }
                consider(score + SearchText.exactNameScore, position)
            }
        }
        return best.map { SearchHit(ref: refs[$0.position], score: $0.score) }
    }

    /// One record's score for the folded words without the exact-name bonus (nil when a word is missing).
    private func score(of position: Int, _ words: [[UInt8]]) -> Int? {
        let searchText = self.searchText
        return searchText.bytes.withUnsafeBufferPointer { searchText.score(position, words: words, in: $0) }
    }

    /// The best-ranked of `refs` for the query (see `best(amongRows:query:)`).
    public func best(among refs: some Sequence<RecordRef>, query: String) -> SearchHit? {
        best(amongRows: positions(of: Array(refs)), query: query)
    }

    /// Below this many rows, each is checked against the text rather than against the query's whole result.
    static let fewRows = 64

    /// Calls `body(i, score)` for each `rows[i]` that holds every word, with its score (0 for no words; no
    /// exact-name bonus). A few rows are scored directly; more are looked up in the query's matches.
    private func forEachMatch(of rows: [Int32], _ words: [[UInt8]], _ body: (Int, Int) -> Void) {
        if words.isEmpty {
            for i in rows.indices { body(i, 0) }
        } else if rows.count < Self.fewRows {
            let searchText = self.searchText
            searchText.bytes.withUnsafeBufferPointer { buffer in
                for (i, p) in rows.enumerated() {
                    if let score = searchText.score(Int(p), words: words, in: buffer) { body(i, score) }
                }
            }
        } else if let found = matches(words) {
            SortedPositions.forEachMember(of: rows, in: found.positions) { i, j in body(i, Int(found.scores[j])) }
        }
    }

    /// The records matching every word, with their scores (nil for no words): the result kept for this query,
    /// else the candidates left by a kept query it narrows and by the trigram index (every record when neither
    /// narrows), each checked. The result is kept, so Backspace and typing on start from it.
    func matches(_ words: [[UInt8]]) -> RecentMatches.Matches? {
        if words.isEmpty { return nil }
        let kept = recentMatches.lookup(words)
        if let kept, kept.exact { return kept.matches }
        let searchText = self.searchText
        // Words of one or two letters, once their lists are built: read off, nothing to check.
        if let found = searchText.shortWords.current?.matches(words) {
            recentMatches.keep(words, found)
            return found
        }
        // The smaller of both supersets: a kept wider query's matches narrowed by the trigram lists ("tr" kept,
        // "tro" typed: the records holding "tro", among those matching "tr").
        var candidates = searchText.trigrams.candidates(words)
        if let wider = kept?.matches.positions {
            candidates = candidates.map { SortedPositions.members(of: $0, in: wider) } ?? wider
        }
        let found = searchText.check(candidates, records: refs.count, words: words)
        recentMatches.keep(words, found)
        return found
    }

    /// The positions of `refs` in `allRefs`, in their order, unknown refs dropped. A ref is placed by trying the
    /// position after the previous one first (lists are kept in dataset order), so a whole kind costs no id lookup.
    public func positions(of refs: [RecordRef]) -> [Int32] {
        var next = -1
        var out: [Int32] = []
        out.reserveCapacity(refs.count)
        for ref in refs {
            let position: Int
            if next >= 0, next < self.refs.count, self.refs[next] == ref {
                position = next
            } else if let found = self.position(of: ref) {
                position = found
            } else {
                continue
            }
            out.append(Int32(position))
            next = position + 1
        }
        return out
    }

    /// The positions of one kind's records, in dataset order.
    public func positions(of kind: RecordKind) -> [Int32] {
        guard let range = kindRanges[kind] else { return [] }
        return Array(Int32(range.lowerBound)..<Int32(range.upperBound))
    }

    /// The position of one kind's first record (where its records start in `allRefs`; a kind's dataset array
    /// index plus this is its position).
    public func firstPosition(of kind: RecordKind) -> Int { kindRanges[kind]?.lowerBound ?? 0 }

    /// The record at a position of `allRefs`.
    public func ref(at position: Int32) -> RecordRef { refs[Int(position)] }

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
