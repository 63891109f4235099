/// What a record writes for search (`Record.describe(to:)`): the names a query may equal exactly, then the fields of
/// its head (what it is called), then those of its body (what it says). Folded as they are written into one buffer.
public struct SearchFields {
    // Names of linked records, so a quote is found by its speaker's name and a question by its pillars' titles.
    let actorName: [String: String]
    let personName: [String: String]
    let pillarTitle: [String: String]

    var bytes: [UInt8] = []
    /// Record i: head = bounds[2i] ..< bounds[2i+1], body = bounds[2i+1] ..< bounds[2i+2].
    var bounds: [Int] = [0]
    var exactNames: [String: [Int]] = [:]
    /// The record being written.
    var position = 0

    init(dataset: Dataset, records: Int) {
        actorName = Dictionary(dataset.actors.lazy.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        personName = Dictionary(dataset.people.lazy.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        pillarTitle = Dictionary(dataset.pillars.lazy.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        bounds.reserveCapacity(2 * records + 1)
    }

    /// A name a whole query may equal (ranked above any other match).
    public mutating func name(_ text: String) {
        exactNames[TextFolding.collapsedFold(text), default: []].append(position)
    }

    /// One field; nil and empty ones are skipped. A newline separates fields, so no query word spans two.
    public mutating func field(_ text: String?) {
        guard let text, !text.isEmpty else { return }
        TextFolding.appendFolded(text, to: &bytes)
        bytes.append(10)
    }

    /// What follows is the body.
    public mutating func endHead() { bounds.append(bytes.count) }

    /// The names of these actors, as fields.
    public mutating func actors(_ ids: [String]) { for id in ids { field(actorName[id]) } }

    /// The titles of these pillars, as fields.
    public mutating func pillars(_ ids: [String]) { for id in ids { field(pillarTitle[id]) } }

    /// The name of the person with this id, if any.
    public func personName(_ id: String) -> String? { personName[id] }

    /// The name of the actor with this id, if any.
    public func actorName(_ id: String) -> String? { actorName[id] }

    /// What a record with this id is called, whatever its kind (an actor, a person or a pillar).
    public func name(of id: String) -> String? { actorName[id] ?? personName[id] ?? pillarTitle[id] }

    mutating func endRecord() {
        bounds.append(bytes.count)
        position += 1
    }
}
