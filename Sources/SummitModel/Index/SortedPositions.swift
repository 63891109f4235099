/// Operations on lists of record positions (`DatasetIndex.allRefs` indexes) against an ascending list, the shape
/// every kept search result, facet list and link list has. Each picks per call the cheaper of one merge pass
/// (O(r + s)) and a binary search per row (O(r log s)), so a screenful of rows never walks a million-entry list,
/// and rows not in ascending order (pins keep their own order) are still served.
public enum SortedPositions {
    /// Calls `body(i, j)` for each `rows[i]` found in the ascending `set`, as `set[j]`, in the order of `rows`.
    static func forEachMember(
        of rows: some RandomAccessCollection<Int32>, in set: [Int32], _ body: (_ row: Int, _ at: Int) -> Void
    ) {
        guard !rows.isEmpty, !set.isEmpty else { return }
        let logS = Int.bitWidth - set.count.leadingZeroBitCount
        if rows.count * logS < rows.count + set.count || !isAscending(rows) {
            for (i, p) in rows.enumerated() {
                let j = lowerBound(p, in: set)
                if j < set.count, set[j] == p { body(i, j) }
            }
            return
        }
        // The merge starts at the first row's place in `set`: a kind's rows against a million-entry result walk
        // only the part of the result inside that kind's range.
        var j = lowerBound(rows.first!, in: set)
        set.withUnsafeBufferPointer { set in
            for (i, p) in rows.enumerated() {
                while j < set.count, set[j] < p { j += 1 }
                if j == set.count { return }
                if set[j] == p { body(i, j) }
            }
        }
    }

    /// The rows found in the ascending `set`, in the order of `rows`.
    static func members(of rows: [Int32], in set: [Int32]) -> [Int32] {
        var out: [Int32] = []
        forEachMember(of: rows, in: set) { i, _ in out.append(rows[i]) }
        return out
    }

    /// The range of the ascending `set` that is exactly `rows`, if there is one: one binary search and one
    /// pass comparing integers, so rows read off a kept result are recognised without a merge.
    static func slice(of set: [Int32], equalTo rows: [Int32]) -> Range<Int>? {
        guard let first = rows.first else { return nil }
        let low = lowerBound(first, in: set)
        let high = low + rows.count
        guard high <= set.count, set[high - 1] == rows.last else { return nil }
        let equal = set.withUnsafeBufferPointer { s in
            rows.withUnsafeBufferPointer { r in
                var k = 0
                while k < r.count, s[low + k] == r[k] { k += 1 }
                return k == r.count
            }
        }
        return equal ? low..<high : nil
    }

    /// Where `value` stands in `rows`: a binary search when they ascend, else a scan (pins keep their own order).
    public static func index(of value: Int32, in rows: [Int32], ascending: Bool) -> Int? {
        guard ascending else { return rows.firstIndex(of: value) }
        let i = lowerBound(value, in: rows)
        return i < rows.count && rows[i] == value ? i : nil
    }

    /// The first index of `set` whose value is not below `value`.
    public static func lowerBound(_ value: Int32, in set: [Int32]) -> Int {
        var low = 0
        var high = set.count
        while low < high {
            let mid = (low + high) / 2
            if set[mid] < value { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// The ascending union of several lists, without repeats: sorted once, O(t log t) for t entries in all.
    static func union(_ lists: [[Int32]]) -> [Int32] {
        if lists.count == 1, isAscending(lists[0]) { return lists[0] }
        var all = lists.flatMap { $0 }
        all.sort()
        var out: [Int32] = []
        out.reserveCapacity(all.count)
        for p in all where out.last != p { out.append(p) }
        return out
    }

    static func isAscending(_ rows: some RandomAccessCollection<Int32>) -> Bool {
        var previous = Int32.min
        for p in rows {
            if p <= previous { return false }
            previous = p
        }
        return true
    }
}
