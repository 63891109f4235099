/// Which records may contain a query word: for every trigram (three consecutive bytes) of the folded search text,
/// the ascending list of record positions whose text holds it. A word of three or more bytes can only occur in a
/// record that holds all its trigrams, so intersecting their lists gives a superset of the records that match;
/// `SearchText.score` then checks each candidate exactly, so results are those of a linear scan.
///
/// Trigrams are hashed into a power-of-two number of buckets (about one per 64 bytes of text, at most 2^18): a
/// collision only merges two lists, which adds candidates, never loses one. Lists are stored as varint deltas in
/// one byte buffer (a common trigram costs about one byte per record). Trigrams holding whitespace are skipped:
/// query words never hold any. Built in two linear passes over the text (count, then fill), no per-trigram
/// allocation.
struct TrigramIndex: Sendable {
    /// Bucket b's list is `lists[starts[b] ..< starts[b + 1]]`, holding `counts[b]` positions.
    let starts: [Int]
    let counts: [UInt32]
    let lists: [UInt8]
    let shift: UInt32

    /// The tables as the dataset cache stored them (check `isConsistent` before use).
    init(starts: [Int], counts: [UInt32], lists: [UInt8], shift: UInt32) {
        self.starts = starts
        self.counts = counts
        self.lists = lists
        self.shift = shift
    }

    /// Whether the tables fit together, so reading a list never leaves `lists`.
    var isConsistent: Bool {
        shift >= 14 && shift <= 22 && starts.count == (1 << Int(32 - shift)) + 1 && counts.count == starts.count - 1
            && starts.first == 0 && starts.last == lists.count
            && zip(starts, starts.dropFirst()).allSatisfy { $0 <= $1 }
    }

    /// Records are `bytes[bounds[2i] ..< bounds[2i + 2]]` (head and body), as `SearchText` lays them out.
    init(bytes: [UInt8], bounds: [Int]) {
        let records = bounds.count / 2
        var bucketBits: UInt32 = 10
        while bucketBits < 18, (1 << bucketBits) * 64 < bytes.count { bucketBits += 1 }
        let buckets = 1 << Int(bucketBits)
        shift = 32 - bucketBits
        var last = [Int32](repeating: -1, count: buckets)
        var counts = [UInt32](repeating: 0, count: buckets)
        var sizes = [Int](repeating: 0, count: buckets + 1)
        let shift = self.shift
        bytes.withUnsafeBufferPointer { text in
            TrigramIndex.forEachTrigram(text, bounds, records, shift) { record, bucket in
                guard last[bucket] != record else { return }
                sizes[bucket] += Varint.length(UInt64(record - last[bucket]))
                counts[bucket] += 1
                last[bucket] = record
            }
        }
        var starts = [Int](repeating: 0, count: buckets + 1)
        for b in 0..<buckets { starts[b + 1] = starts[b] + sizes[b] }
        var lists = [UInt8](repeating: 0, count: starts[buckets])
        var cursor = starts
        for b in 0..<buckets { last[b] = -1 }
        bytes.withUnsafeBufferPointer { text in
            lists.withUnsafeMutableBufferPointer { out in
                TrigramIndex.forEachTrigram(text, bounds, records, shift) { record, bucket in
                    guard last[bucket] != record else { return }
                    Varint.write(UInt64(record - last[bucket]), to: out, at: &cursor[bucket])
                    last[bucket] = record
                }
            }
        }
        self.starts = starts
        self.counts = counts
        self.lists = lists
    }

    /// Bytes held by the index's tables (for the benchmark's memory report).
    var byteCount: Int { starts.count * 8 + counts.count * 4 + lists.count }

    /// Ascending positions of the records that may contain every word, or nil when no word is long enough to
    /// narrow (every record is a candidate). Cost: the lengths of the lists read. Lists are read shortest first;
    /// one much longer than the candidates so far is skipped, since checking the candidates costs less.
    func candidates(_ words: [[UInt8]]) -> [Int32]? {
        var buckets: [Int] = []
        for word in words where word.count >= 3 {
            for i in 0...word.count - 3 {
                let bucket = TrigramIndex.bucket(word[i], word[i + 1], word[i + 2], shift)
                if !buckets.contains(bucket) { buckets.append(bucket) }
            }
        }
        guard !buckets.isEmpty else { return nil }
        buckets.sort { counts[$0] < counts[$1] }
        var result = decode(buckets[0])
        for bucket in buckets.dropFirst() {
            if result.isEmpty || Int(counts[bucket]) > 16 * result.count { break }
            result = intersect(result, bucket)
        }
        return result
    }

    private func decode(_ bucket: Int) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(Int(counts[bucket]))
        forEach(bucket) { out.append($0) }
        return out
    }

    private func intersect(_ sorted: [Int32], _ bucket: Int) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(sorted.count)
        var k = 0
        forEach(bucket) { position in
            while k < sorted.count, sorted[k] < position { k += 1 }
            if k < sorted.count, sorted[k] == position {
                out.append(position)
                k += 1
            }
        }
        return out
    }

    private func forEach(_ bucket: Int, _ body: (Int32) -> Void) {
        lists.withUnsafeBufferPointer { list in
            var i = starts[bucket]
            let end = starts[bucket + 1]
            var position: Int32 = -1
            while i < end {
                position += Int32(truncatingIfNeeded: Varint.read(list, at: &i))
                body(position)
            }
        }
    }

    @inline(__always)
    private static func forEachTrigram(
        _ text: UnsafeBufferPointer<UInt8>, _ bounds: [Int], _ records: Int, _ shift: UInt32,
        _ body: (Int32, Int) -> Void
    ) {
        for record in 0..<records {
            let end = bounds[2 * record + 2]
            var i = bounds[2 * record]
            while i + 2 < end {
                let c = text[i + 2]
                // A trigram holding whitespace is never part of a word: skip past it.
                if TextFolding.isSpace(c) {
                    i += 3
                    continue
                }
                if TextFolding.isSpace(text[i + 1]) {
                    i += 2
                    continue
                }
                if TextFolding.isSpace(text[i]) {
                    i += 1
                    continue
                }
                body(Int32(record), bucket(text[i], text[i + 1], c, shift))
                i += 1
            }
        }
    }

    @inline(__always)
    private static func bucket(_ a: UInt8, _ b: UInt8, _ c: UInt8, _ shift: UInt32) -> Int {
        let trigram = UInt32(a) | UInt32(b) << 8 | UInt32(c) << 16
        return Int((trigram &* 0x9E37_79B1) >> shift)
    }
}
