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
    }

    init(dataset: Dataset, refs: [RecordRef]) {
        let actorName = Dictionary(dataset.actors.lazy.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let personName = Dictionary(dataset.people.lazy.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let pillarTitle = Dictionary(dataset.pillars.lazy.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        var bytes: [UInt8] = []
        var bounds: [Int] = [0]
        bounds.reserveCapacity(2 * refs.count + 1)
        var exactNames: [String: [Int]] = [:]
        var position = 0

        // Direct calls rather than arrays of fields: this loop runs once per record and dominates the build.
        func field(_ text: String?) {
            guard let text, !text.isEmpty else { return }
            TextFolding.appendFolded(text, to: &bytes)
            bytes.append(10)
        }
        func endHead() { bounds.append(bytes.count) }
        func endRecord() {
            bounds.append(bytes.count)
            position += 1
        }
        func name(_ text: String) { exactNames[TextFolding.collapsedFold(text), default: []].append(position) }
        func actors(_ ids: [String]) { for id in ids { field(actorName[id]) } }
        func pillars(_ ids: [String]) { for id in ids { field(pillarTitle[id]) } }

        for pillar in dataset.pillars {
            name(pillar.title)
            field(pillar.title)
            field(pillar.id)
            field("pillar \(pillar.number)")
            endHead()
            field(pillar.text)
            field(pillar.note)
            endRecord()
        }
        for actor in dataset.actors {
            name(actor.name)
            for alias in actor.aliases { name(alias) }
            field(actor.name)
            for alias in actor.aliases { field(alias) }
            field(actor.id)
            endHead()
            field(actor.kind.rawValue)
            field(actor.stance.value.rawValue)
            field(actor.stance.value.label)
            field(actor.stance.note)
            for role in actor.roles { field(role.text) }
            endRecord()
        }
        for person in dataset.people {
            name(person.name)
            field(person.name)
            field(person.id)
            endHead()
            field(person.role)
            field(person.organisation)
            field(person.actor.flatMap { actorName[$0] })
            endRecord()
        }
        for quote in dataset.quotes {
            field(quote.speaker.flatMap { personName[$0] })
            field(quote.id)
            endHead()
            field(quote.text)
            field(quote.attribution)
            field(quote.venue)
            field(quote.note)
            actors(quote.actors)
            pillars(quote.pillars)
            endRecord()
        }
        for figure in dataset.figures {
            name(figure.label)
            field(figure.label)
            field(figure.id)
            endHead()
            field(figure.qualifier)
            field(SearchText.number(figure.value))
            field(figure.upper.map(SearchText.number))
            field(figure.unit)
            field(figure.actor.flatMap { actorName[$0] })
            field(figure.note)
            endRecord()
        }
        for event in dataset.events {
            field(event.summary)
            field(event.id)
            endHead()
            field(event.when)
            field(event.status.rawValue)
            actors(event.partyIDs)
            for dispute in event.disputes { field(dispute.text) }
            endRecord()
        }
        for question in dataset.questions {
            field(question.text)
            field(question.id)
            endHead()
            actors(question.actors)
            pillars(question.pillars)
            endRecord()
        }
        for note in dataset.notes {
            field(note.id)
            endHead()
            field(note.text)
            for id in note.about { field(actorName[id] ?? personName[id] ?? pillarTitle[id]) }
            endRecord()
        }
        precondition(position == refs.count, "search text out of step with refs")
        self.bytes = bytes
        self.bounds = bounds
        self.exactNames = exactNames
        self.trigrams = TrigramIndex(bytes: bytes, bounds: bounds)
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
