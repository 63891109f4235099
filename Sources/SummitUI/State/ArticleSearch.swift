import SummitModel

/// `/` in the source view: where a query's hits are in the article, as scalar offsets, for jumping to them.
/// One pass over the article per query (`matchRanges`, then one walk turning string indices into offsets).
enum ArticleSearch {
    /// The scalar offset where each hit starts, ascending.
    static func hits(_ query: String, _ index: DatasetIndex) -> [Int] {
        let text = index.dataset.source.text
        let ranges = DatasetIndex.matchRanges(of: query, in: text)
        var out: [Int] = []
        out.reserveCapacity(ranges.count)
        var at = text.unicodeScalars.startIndex
        var offset = 0
        for r in ranges {
            offset += text.unicodeScalars.distance(from: at, to: r.lowerBound)
            at = r.lowerBound
            out.append(offset)
        }
        return out
    }
}

extension ExplorerState {
    /// The article view's new scroll for `query`: the first hit on or after line `from` (`forward`), or the last
    /// before it, wrapping round; nil when the article has no hit.
    func articleScroll(to query: String, from line: Int, forward: Bool, _ index: DatasetIndex) -> (
        scroll: Int, hit: Int, of: Int
    )? {
        let hits = ArticleSearch.hits(query, index)
        guard !hits.isEmpty else { return nil }
        let wrapped = wrappedSource(width: layout.body.width, index)
        let lines = hits.map { wrapped.line(of: SourceSpan(start: $0, end: $0 + 1)) }
        let pick =
            forward ? (lines.firstIndex { $0 >= line } ?? 0) : (lines.lastIndex { $0 <= line } ?? lines.count - 1)
        // The hit two lines below the top, as the source view places a highlighted span.
        return (max(0, lines[pick] - 2), pick, hits.count)
    }

    /// `n` / `N` in the source view: the next or previous hit of the article search.
    mutating func nextArticleHit(forward: Bool, _ index: DatasetIndex) {
        guard case .source(let subject, let scroll) = mode else { return }
        guard let query = articleQuery, !query.trimmingBlanks().isEmpty else {
            message = StatusMessage(
                "no article search yet: / searches the article", shorter: ["/ searches first"], isError: true)
            return
        }
        let current = scroll + 2
        guard let found = articleScroll(to: query, from: current + (forward ? 1 : -1), forward: forward, index) else {
            message = StatusMessage("no hit for /\(query) in the article", shorter: ["no hit"], isError: true)
            return
        }
        mode = .source(subject: subject, scroll: found.scroll)
        message = StatusMessage(
            "/\(query): hit \(found.hit + 1) of \(found.of)", shorter: ["\(found.hit + 1)/\(found.of)"])
    }
}
