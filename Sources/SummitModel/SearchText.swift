/// The folded text of every record, in one contiguous byte buffer, split per record into a head
/// (names, titles, aliases, id: what a record is called) and a body (everything else it says).
///
/// Built in one pass over the records, O(total text). A query is one pass over this buffer per word.
struct SearchText: Sendable {
    /// Folded UTF-8; fields are separated by a newline so no query word (which never holds whitespace) spans two.
    let bytes: [UInt8]
    /// Record i: head = bounds[2i] ..< bounds[2i+1], body = bounds[2i+1] ..< bounds[2i+2].
    let bounds: [Int]
    /// Folded full names, titles, aliases and ids (whitespace collapsed) → record positions, for exact-name ranking.
    let exactNames: [String: [Int]]

    // Scores: a name or title beats body text; a word start beats the middle of a word; a query that is
    // exactly a record's name or alias beats everything.
    static let exactNameScore = 1000
    static let headScore = 100
    static let headWordStartBonus = 20
    static let bodyScore = 10
    static let bodyWordStartBonus = 2

    init(dataset: Dataset, refs: [RecordRef]) {
        let actorName = Dictionary(dataset.actors.lazy.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let personName = Dictionary(dataset.people.lazy.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        let pillarTitle = Dictionary(dataset.pillars.lazy.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        let nameOf = { (id: String) -> String? in actorName[id] ?? personName[id] ?? pillarTitle[id] }

        var bytes: [UInt8] = []
        var bounds: [Int] = [0]
        bounds.reserveCapacity(2 * refs.count + 1)
        var exactNames: [String: [Int]] = [:]
        var position = 0

        func field(_ text: String?) {
            guard let text, !text.isEmpty else { return }
            TextFolding.appendFolded(text, to: &bytes)
            bytes.append(10)
        }
        func record(head: [String?], names: [String], body: [String?]) {
            for text in head { field(text) }
            bounds.append(bytes.count)
            for text in body { field(text) }
            bounds.append(bytes.count)
            for name in names {
                exactNames[SearchText.collapsed(TextFolding.fold(name)), default: []].append(position)
            }
            position += 1
        }

        for pillar in dataset.pillars {
            record(head: [pillar.title, pillar.id, "pillar \(pillar.number)"], names: [pillar.title, pillar.id],
                   body: [pillar.text, pillar.note])
        }
        for actor in dataset.actors {
            record(head: [actor.name] + actor.aliases + [actor.id], names: [actor.name, actor.id] + actor.aliases,
                   body: [actor.kind.rawValue, actor.stance.value.rawValue, actor.stance.value.label, actor.stance.note]
                       + actor.roles.map(\.text))
        }
        for person in dataset.people {
            record(head: [person.name, person.id], names: [person.name, person.id],
                   body: [person.role, person.organisation, person.actor.flatMap(nameOf)])
        }
        for quote in dataset.quotes {
            record(head: [quote.speaker.flatMap(nameOf), quote.id], names: [quote.id],
                   body: [quote.text, quote.attribution, quote.venue, quote.note]
                       + quote.actors.map(nameOf) + quote.pillars.map(nameOf))
        }
        for figure in dataset.figures {
            record(head: [figure.label, figure.id], names: [figure.label, figure.id],
                   body: [figure.qualifier, SearchText.number(figure.value), figure.upper.map(SearchText.number), figure.unit,
                          figure.actor.flatMap(nameOf), figure.note])
        }
        for event in dataset.events {
            record(head: [event.summary, event.id], names: [event.id],
                   body: [event.when, event.status.rawValue] + DatasetIndex.actorIDs(of: event).map(nameOf)
                       + event.disputes.map(\.text))
        }
        for question in dataset.questions {
            record(head: [question.text, question.id], names: [question.id],
                   body: question.actors.map(nameOf) + question.pillars.map(nameOf))
        }
        for note in dataset.notes {
            record(head: [note.id], names: [note.id], body: [note.text] + note.about.map(nameOf))
        }
        precondition(position == refs.count, "search text out of step with refs")
        self.bytes = bytes
        self.bounds = bounds
        self.exactNames = exactNames
    }

    /// The score of record `position` for the folded words, or nil when some word is missing. Empty words: 0.
    func score(_ position: Int, words: [[UInt8]], in buffer: UnsafeBufferPointer<UInt8>) -> Int? {
        let head = bounds[2 * position] ..< bounds[2 * position + 1]
        let body = bounds[2 * position + 1] ..< bounds[2 * position + 2]
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
        while let at = ByteSearch.firstIndex(of: word, in: buffer, range: from ..< range.upperBound) {
            found = true
            if ByteSearch.isWordStart(at, in: buffer, lowerBound: range.lowerBound) { return true }
            from = at + 1
        }
        return found ? false : nil
    }

    /// The key a whole query is looked up by in `exactNames`.
    static func exactKey(_ words: [[UInt8]]) -> String {
        words.map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

    static func collapsed(_ folded: String) -> String {
        folded.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// "50000" and "50,000", so either spelling finds a figure; integral values without ".0".
    static func number(_ value: Double) -> String {
        guard value.isFinite, value == value.rounded(), abs(value) < 1e15 else { return "\(value)" }
        let plain = String(Int(value))
        var grouped = ""
        for (i, digit) in plain.reversed().enumerated() {
            if i > 0, i % 3 == 0, digit != "-" { grouped.append(",") }
            grouped.append(digit)
        }
        let withCommas = String(grouped.reversed())
        return withCommas == plain ? plain : plain + " " + withCommas
    }
}
