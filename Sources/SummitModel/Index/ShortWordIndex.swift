/// Which records hold each one- and two-byte word, and how each would score it: for every byte and every pair of
/// bytes of the folded search text (whitespace never; query words hold none), the ascending positions of the
/// records holding it, each with its score class (in the head or the body, at a word start or not), so a query of
/// one or two letters is read off its lists instead of checked record by record. The trigram index cannot help such
/// words, and on real text a letter or two is in most records (issue 11: `t` and `tr` checked nearly a million).
///
/// Keys are exact (no hashing), so a list is the answer, not candidates: 256 one-byte keys, then 65,536 two-byte
/// ones. Lists are varints of `delta << 2 | class`, built in one linear pass over the text.
struct ShortWordIndex: Sendable {
    /// Key k's list is `lists[starts[k] ..< starts[k + 1]]`, holding `counts[k]` records.
    let starts: [Int]
    let counts: [UInt32]
    let lists: [UInt8]

    static let keyCount = 256 + 65_536
    /// A word's score by class: body, body at a word start, head, head at a word start (`SearchText.score`).
    static let classScores: [Int32] = [
        Int32(SearchText.bodyScore), Int32(SearchText.bodyScore + SearchText.bodyWordStartBonus),
        Int32(SearchText.headScore), Int32(SearchText.headScore + SearchText.headWordStartBonus),
    ]

    /// Records are `bytes[bounds[2i] ..< bounds[2i + 2]]`, head then body, as `SearchText` lays them out. One pass:
    /// each key's list grows on its own, then the lists are laid end to end.
    init(bytes: [UInt8], bounds: [Int]) {
        var perKey = [[UInt8]](repeating: [], count: Self.keyCount)
        var counts = [UInt32](repeating: 0, count: Self.keyCount)
        var last = [Int32](repeating: -1, count: Self.keyCount)
        Self.forEachEntry(bytes, bounds) { record, key, cls in
            Varint.append(UInt64(UInt32(record - last[key])) << 2 | UInt64(cls), to: &perKey[key])
            counts[key] += 1
            last[key] = record
        }
        var starts = [Int](repeating: 0, count: Self.keyCount + 1)
        for k in 0..<Self.keyCount { starts[k + 1] = starts[k] + perKey[k].count }
        var lists: [UInt8] = []
        lists.reserveCapacity(starts[Self.keyCount])
        for k in 0..<Self.keyCount {
            lists += perKey[k]
            perKey[k] = []
        }
        self.starts = starts
        self.counts = counts
        self.lists = lists
    }

    /// Bytes held by the tables (for the benchmark's memory report).
    var byteCount: Int { starts.count * 8 + counts.count * 4 + lists.count }

    /// The records holding every word, with their scores (no exact-name bonus), when every word has one or two
    /// bytes; nil otherwise. Exactly what checking each record gives.
    func matches(_ words: [[UInt8]]) -> RecentMatches.Matches? {
        guard !words.isEmpty, words.allSatisfy({ $0.count == 1 || $0.count == 2 }) else { return nil }
        let keys = words.map { $0.count == 1 ? Int($0[0]) : 256 + (Int($0[0]) << 8 | Int($0[1])) }
            .sorted { counts[$0] < counts[$1] }
        var (positions, scores) = decode(keys[0])
        for key in keys.dropFirst() {
            if positions.isEmpty { break }
            (positions, scores) = intersect(positions, scores, key)
        }
        return RecentMatches.Matches(positions: positions, scores: scores)
    }

    private func decode(_ key: Int) -> ([Int32], [Int32]) {
        var positions: [Int32] = []
        var scores: [Int32] = []
        positions.reserveCapacity(Int(counts[key]))
        scores.reserveCapacity(Int(counts[key]))
        forEach(key) { position, score in
            positions.append(position)
            scores.append(score)
        }
        return (positions, scores)
    }

    /// The entries of `positions` also in key's list, their scores summed.
    private func intersect(_ positions: [Int32], _ scores: [Int32], _ key: Int) -> ([Int32], [Int32]) {
        var outPositions: [Int32] = []
        var outScores: [Int32] = []
        var k = 0
        forEach(key) { position, score in
            while k < positions.count, positions[k] < position { k += 1 }
            if k < positions.count, positions[k] == position {
                outPositions.append(position)
                outScores.append(scores[k] &+ score)
                k += 1
            }
        }
        return (outPositions, outScores)
    }

    private func forEach(_ key: Int, _ body: (Int32, Int32) -> Void) {
        Self.classScores.withUnsafeBufferPointer { classScores in
            lists.withUnsafeBufferPointer { list in
                var i = starts[key]
                let end = starts[key + 1]
                var position: Int32 = -1
                while i < end {
                    let value = Varint.read(list, at: &i)
                    position += Int32(truncatingIfNeeded: value >> 2)
                    body(position, classScores[Int(value & 3)])
                }
            }
        }
    }

    /// Calls `body(record, key, class)` once per record and key it holds, records in order, with the best class
    /// of the key's occurrences in that record (head over body, then a word start over the middle of one: the order
    /// of the scores).
    private static func forEachEntry(_ bytes: [UInt8], _ bounds: [Int], _ body: (Int32, Int, UInt8) -> Void) {
        var best = [UInt8](repeating: 0xFF, count: keyCount)
        var touched: [Int] = []
        let records = bounds.count / 2
        bytes.withUnsafeBufferPointer { text in
            best.withUnsafeMutableBufferPointer { best in
                for record in 0..<records {
                    let start = bounds[2 * record]
                    let middle = bounds[2 * record + 1]
                    let end = bounds[2 * record + 2]
                    func note(_ key: Int, _ cls: UInt8) {
                        if best[key] == 0xFF {
                            touched.append(key)
                            best[key] = cls
                        } else if cls > best[key] {
                            best[key] = cls
                        }
                    }
                    // Whether the byte before continues a word (`ByteSearch.isWordStart`), carried along; each
                    // part starts a word at its first byte.
                    var previousIsWord = false
                    var i = start
                    while i < end {
                        if i == middle { previousIsWord = false }
                        let a = text[i]
                        let isWord = a >= 0x80 || (a >= 0x30 && a <= 0x39) || (a >= 0x61 && a <= 0x7A)
                        if !TextFolding.isSpace(a) {
                            let inHead = i < middle
                            let cls: UInt8 = (inHead ? 2 : 0) + (previousIsWord ? 0 : 1)
                            note(Int(a), cls)
                            // A pair never crosses from head to body: the head ends with a newline.
                            if i + 1 < (inHead ? middle : end), !TextFolding.isSpace(text[i + 1]) {
                                note(256 + (Int(a) << 8 | Int(text[i + 1])), cls)
                            }
                        }
                        previousIsWord = isWord
                        i += 1
                    }
                    for key in touched {
                        body(Int32(record), key, best[key])
                        best[key] = 0xFF
                    }
                    touched.removeAll(keepingCapacity: true)
                }
            }
        }
    }
}
