/// Answers "which records does this source offset support?" without scanning every record.
///
/// Every span a record carries (`Record.spans`: its own span, an actor's stance basis and role spans, an event's
/// dispute spans) becomes an interval. Intervals are sorted by start once (n log n); a max-end tree over that order lets a
/// query visit only intervals that start at or before the offset and still reach past it:
/// O(log n + k log n) for k results.
struct SpanCoverage: Sendable {
    private let starts: [Int]
    private let ends: [Int]
    private let owners: [Int]  // record positions (in `DatasetIndex.allRefs`)
    private let leafBase: Int
    private let maxEnd: [Int]  // implicit binary tree; leaves at leafBase...

    init(dataset: Dataset, kindRanges: [RecordKind: Range<Int>]) {
        var collected = Intervals(dataset: dataset, kindRanges: kindRanges)
        for kind in RecordKind.allCases { kind.visit(&collected) }
        var intervals = collected.intervals
        intervals.sort { ($0.start, $0.owner) < ($1.start, $1.owner) }
        starts = intervals.map(\.start)
        ends = intervals.map(\.end)
        owners = intervals.map(\.owner)

        var base = 1
        while base < max(intervals.count, 1) { base *= 2 }
        var tree = [Int](repeating: Int.min, count: 2 * base)
        for (i, end) in ends.enumerated() { tree[base + i] = end }
        var node = base - 1
        while node >= 1 {
            tree[node] = max(tree[2 * node], tree[2 * node + 1])
            node -= 1
        }
        leafBase = base
        maxEnd = tree
    }

    /// Record positions whose intervals contain `offset`, each once, narrowest covering interval first,
    /// ties by position (kind order, then dataset order).
    func positions(covering offset: Int) -> [Int] {
        // Intervals [0, limit) start at or before the offset.
        var low = 0
        var high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] <= offset { low = middle + 1 } else { high = middle }
        }
        let limit = low
        guard limit > 0 else { return [] }
        var found: [Int: Int] = [:]  // owner → narrowest length
        var stack = [(node: 1, low: 0, high: leafBase)]
        while let (node, low, high) = stack.popLast() {
            guard low < limit, maxEnd[node] > offset else { continue }
            if node >= leafBase {
                let i = node - leafBase
                let length = ends[i] - starts[i]
                found[owners[i]] = min(found[owners[i]] ?? Int.max, length)
            } else {
                let middle = (low + high) / 2
                stack.append((2 * node + 1, middle, high))
                stack.append((2 * node, low, middle))
            }
        }
        return found.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map(\.key)
    }
}

/// Each record's spans as intervals owned by its position, kind by kind.
private struct Intervals: RecordKindVisitor {
    let dataset: Dataset
    let kindRanges: [RecordKind: Range<Int>]
    var intervals: [(start: Int, end: Int, owner: Int)] = []

    mutating func visit<R: Record>(_ type: R.Type) {
        let base = kindRanges[R.kind]?.lowerBound ?? 0
        for (i, record) in dataset.records(R.self).enumerated() {
            for span in record.spans where span.start < span.end { intervals.append((span.start, span.end, base + i)) }
        }
    }
}
