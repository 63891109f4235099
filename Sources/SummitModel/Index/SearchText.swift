/// The folded text of every record, in one contiguous byte buffer, split per record into a head
/// (names, titles, aliases, id: what a record is called) and a body (everything else it says).
///
/// Built in one pass over the records, O(total text). A query is one pass over this buffer per word.
struct SearchText: Sendable {
    /// Folded UTF-8; fields are separated by a newline so no query word (which never holds whitespace) spans two.
    let bytes: [UInt8]
    /// Record i: head = bounds[2i] ..< bounds[2i+1], body = bounds[2i+1] ..< bounds[2i+2].
    let bounds: [Int]
    /// Folded names, titles, labels and aliases (whitespace collapsed) → record positions, for exact-name ranking.
    /// Ids are not stored here (a million of them would dominate the build): `search` looks a query up as an id.
    let exactNames: [String: [Int]]
    /// Which records may hold a word, so a query checks those rather than every record.
    let trigrams: TrigramIndex
    /// Which records hold each one- or two-byte word, with its score (see `ShortWordLists` for when they are built);
    /// until they are, such words are checked record by record.
    let shortWords: ShortWordLists

    // Scores: a name or title beats body text; a word start beats the middle of a word; a query that is
    // exactly a record's name or alias beats everything.
    static let exactNameScore = 1000
    static let headScore = 100
    static let headWordStartBonus = 20
    static let bodyScore = 10
    static let bodyWordStartBonus = 2

    /// The tables as the dataset cache stored them.
    init(bytes: [UInt8], bounds: [Int], exactNames: [String: [Int]], trigrams: TrigramIndex) {
        self.bytes = bytes
        self.bounds = bounds
        self.exactNames = exactNames
        self.trigrams = trigrams
        shortWords = ShortWordLists(bytes: bytes, bounds: bounds)
    }

    init(dataset: Dataset, refs: [RecordRef]) {
        // Each record writes its own fields (`Record.describe(to:)`), kind by kind in `refs` order.
        var writer = SearchWriter(dataset: dataset, fields: SearchFields(dataset: dataset, records: refs.count))
        for kind in RecordKind.allCases { kind.visit(&writer) }
        let fields = writer.fields
        precondition(fields.position == refs.count, "search text out of step with refs")
        self.bytes = fields.bytes
        self.bounds = fields.bounds
        self.exactNames = fields.exactNames
        self.trigrams = TrigramIndex(bytes: fields.bytes, bounds: fields.bounds)
        shortWords = ShortWordLists(bytes: fields.bytes, bounds: fields.bounds)
    }

    /// The score of record `position` for the folded words, or nil when some word is missing. Empty words: 0.
    func score(_ position: Int, words: [[UInt8]], in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        let head = bounds[2 * position]..<bounds[2 * position + 1]
        let body = bounds[2 * position + 1]..<bounds[2 * position + 2]
        var total = 0
        for word in words {
            if let atStart = SearchText.find(word, in: buffer, range: head) {
                total += SearchText.headScore + (atStart ? SearchText.headWordStartBonus : 0)
            } else if let atStart = SearchText.find(word, in: buffer, range: body) {
                total += SearchText.bodyScore + (atStart ? SearchText.bodyWordStartBonus : 0)
            } else {
                return nil
            }
        }
        return total
    }

    /// Candidates checked on one core below this; at or above it the check is split over both (Concurrently).
    static let splitMinimum = 50_000

    /// The candidates (ascending positions; nil: all `records`) that hold every word, with their scores. Many
    /// candidates are checked in two halves on both cores and the halves joined: the same answer, about half the
    /// wait on this two-core machine class (a one-letter query checks every record).
    func check(_ candidates: [Int32]?, records: Int, words: [[UInt8]]) -> RecentMatches.Matches {
        let count = candidates?.count ?? records
        let parts = count >= Self.splitMinimum ? 2 : 1
        let halves = Concurrently.map(parts) { part in
            check(candidates, part * count / parts..<(part + 1) * count / parts, words: words)
        }
        guard parts == 2 else { return halves[0] }
        return RecentMatches.Matches(
            positions: halves[0].positions + halves[1].positions, scores: halves[0].scores + halves[1].scores)
    }

    private func check(_ candidates: [Int32]?, _ range: Range<Int>, words: [[UInt8]]) -> RecentMatches.Matches {
        var positions: [Int32] = []
        var scores: [Int32] = []
        bytes.withUnsafeBufferPointer { buffer in
            for i in range {
                let p = candidates?[i] ?? Int32(i)
                guard let score = score(Int(p), words: words, in: buffer) else { continue }
                positions.append(p)
                scores.append(Int32(clamping: score))
            }
        }
        return RecentMatches.Matches(positions: positions, scores: scores)
    }

    /// Whether `word` occurs in the range; if so, whether some occurrence starts a word.
    private static func find(_ word: [UInt8], in buffer: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Bool? {
        var from = range.lowerBound
        var found = false
        while let at = ByteSearch.firstIndex(of: word, in: buffer, range: from..<range.upperBound) {
            found = true
            if ByteSearch.isWordStart(at, in: buffer, lowerBound: range.lowerBound) { return true }
            from = at + 1
        }
        return found ? false : nil
    }

    /// Calls `body` with every word of the folded text (runs of letters and digits; non-ASCII bytes count as
    /// letters), in order, repeats included. One linear pass; what "did you mean" for a search compares against.
    func forEachWord(_ body: (ArraySlice<UInt8>) -> Void) {
        var start: Int?
        for (i, byte) in bytes.enumerated() {
            let inWord = byte >= 0x80 || (byte >= 0x30 && byte <= 0x39) || (byte >= 0x61 && byte <= 0x7A)
            if inWord, start == nil { start = i }
            if !inWord, let s = start {
                body(bytes[s..<i])
                start = nil
            }
        }
        if let s = start { body(bytes[s...]) }
    }

    /// The key a whole query is looked up by in `exactNames`.
    static func exactKey(_ words: [[UInt8]]) -> String {
        words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

    /// "50000" and "50,000", so either spelling finds a figure; integral values without ".0".
    static func number(_ value: Double) -> String {
        guard value.isFinite, value == value.rounded(), abs(value) < 1e15 else { return "\(value)" }
        let plain = String(Int(value))
        let withCommas = Figure.grouped(value)
        return withCommas == plain ? plain : plain + " " + withCommas
    }
}

/// Every record of a kind, written into the search fields.
private struct SearchWriter: RecordKindVisitor {
    let dataset: Dataset
    var fields: SearchFields

    mutating func visit<R: Record>(_ type: R.Type) {
        for record in dataset.records(R.self) {
            record.describe(to: &fields)
            fields.endRecord()
        }
    }
}
