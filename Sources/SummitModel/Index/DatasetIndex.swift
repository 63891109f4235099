/// Everything the explorer and the command line ask of a dataset, answered from indexes built once.
///
/// Building is O(n + t): n records, t characters of record text and source text (plus an n log n sort of spans).
/// The index is immutable afterwards, so it is `Sendable` and can be shared freely.
/// Lookups by id are O(1); reverse indexes (quotes by actor, actors by pillar…) return precomputed lists.
public final class DatasetIndex: Sendable {
    public let dataset: Dataset

    /// Every record, in kind order then dataset order. Positions in this array are the "record numbers"
    /// used by the internal tables below.
    let refs: [RecordRef]
    let kindRanges: [RecordKind: Range<Int>]

    /// Id → index in the dataset's array of that kind (on duplicate ids, which the validator rejects, the first wins).
    /// A record's position in `refs` is its kind's start plus this index, so no table keyed by ref is needed.
    let pillarOfID: [String: Int], actorOfID: [String: Int], personOfID: [String: Int], quoteOfID: [String: Int]
    let figureOfID: [String: Int], eventOfID: [String: Int], questionOfID: [String: Int], noteOfID: [String: Int]

    /// Person id → the actor they speak for.
    let actorOfPerson: [String: String]

    // Reverse indexes: values are indexes into the dataset's arrays, in dataset order, without duplicates.
    let quotesOnActor: [String: [Int]]
    let quotesOnPillar: [String: [Int]]
    let quotesBySpeaker: [String: [Int]]
    let actorsOnPillar: [String: [Int]]
    let pillarsOfActor: [String: [Int]]
    let peopleOfActor: [String: [Int]]
    let figuresOfActor: [String: [Int]]
    let eventsOfActor: [String: [Int]]
    let questionsOnActor: [String: [Int]]
    let questionsOnPillar: [String: [Int]]
    /// Notes about a record id.
    let notesAbout: [String: [Int]]

    let searchText: SearchText
    let sourceOffsets: ScalarOffsets
    let coverage: SpanCoverage
    let names: NameKeys
    /// The results of the last few text queries (see `RecentMatches`).
    let recentMatches = RecentMatches()
    /// The article's paragraph numbers, for `[id ¶N]` references.
    public let paragraphs: Paragraphs

    public convenience init(_ dataset: Dataset) { self.init(dataset, searchText: nil) }

    /// From this many records on, part of the index is built on another core; below, a thread would cost more than
    /// it saves.
    static let concurrentBuildRecords = 20_000

    /// `searchText`: the search tables as the dataset cache kept them, or nil to build them.
    init(_ dataset: Dataset, searchText: SearchText?) {
        self.dataset = dataset
        paragraphs = Paragraphs(text: dataset.source.text)

        var refs: [RecordRef] = []
        refs.reserveCapacity(dataset.counts.reduce(0) { $0 + $1.count })
        var kindRanges: [RecordKind: Range<Int>] = [:]
        func add(_ kind: RecordKind, _ ids: some Sequence<String>) {
            let start = refs.count
            refs.append(contentsOf: ids.lazy.map { RecordRef(kind: kind, id: $0) })
            kindRanges[kind] = start..<refs.count
        }
        add(.pillar, dataset.pillars.lazy.map(\.id))
        add(.actor, dataset.actors.lazy.map(\.id))
        add(.person, dataset.people.lazy.map(\.id))
        add(.quote, dataset.quotes.lazy.map(\.id))
        add(.figure, dataset.figures.lazy.map(\.id))
        add(.event, dataset.events.lazy.map(\.id))
        add(.question, dataset.questions.lazy.map(\.id))
        add(.note, dataset.notes.lazy.map(\.id))
        self.refs = refs
        self.kindRanges = kindRanges
        // The search text, coverage and names depend only on the dataset: built on the other core meanwhile.
        let background = Pending(concurrently: refs.count >= DatasetIndex.concurrentBuildRecords) {
            [refs, kindRanges] in
            (
                searchText ?? SearchText(dataset: dataset, refs: refs), ScalarOffsets(dataset.source.text),
                SpanCoverage(dataset: dataset, kindRanges: kindRanges), NameKeys(dataset: dataset)
            )
        }

        func table(_ ids: some Sequence<String>) -> [String: Int] {
            Dictionary(zip(ids, 0...), uniquingKeysWith: { first, _ in first })
        }
        pillarOfID = table(dataset.pillars.lazy.map(\.id))
        actorOfID = table(dataset.actors.lazy.map(\.id))
        personOfID = table(dataset.people.lazy.map(\.id))
        quoteOfID = table(dataset.quotes.lazy.map(\.id))
        figureOfID = table(dataset.figures.lazy.map(\.id))
        eventOfID = table(dataset.events.lazy.map(\.id))
        questionOfID = table(dataset.questions.lazy.map(\.id))
        noteOfID = table(dataset.notes.lazy.map(\.id))

        // Reverse indexes, each one pass over the records that carry the link.
        let actorOfPerson = Dictionary(
            dataset.people.lazy.compactMap { person in person.actor.map { (person.id, $0) } },
            uniquingKeysWith: { first, _ in first })
        self.actorOfPerson = actorOfPerson
        var quotesOnActor = ReverseIndex()
        var quotesOnPillar = ReverseIndex()
        var quotesBySpeaker = ReverseIndex()
        var actorsOnPillar = ReverseIndex()
        var pillarsOfActor = ReverseIndex()
        for (q, quote) in dataset.quotes.enumerated() {
            for actor in quote.actors { quotesOnActor.add(q, to: actor) }
            if let speaker = quote.speaker {
                quotesBySpeaker.add(q, to: speaker)
                if let actor = actorOfPerson[speaker] { quotesOnActor.add(q, to: actor) }
            }
            for pillar in quote.pillars { quotesOnPillar.add(q, to: pillar) }
        }
        // An actor bears on a pillar through its roles, or through quotes that are on both (or spoken for it).
        var pillarActorPairs: [(pillar: String, actor: String)] = []
        for actor in dataset.actors {
            for role in actor.roles { for pillar in role.pillars { pillarActorPairs.append((pillar, actor.id)) } }
        }
        for quote in dataset.quotes where !quote.pillars.isEmpty {
            var actors = quote.actors
            if let speaker = quote.speaker, let actor = actorOfPerson[speaker] { actors.append(actor) }
            for pillar in quote.pillars { for actor in actors { pillarActorPairs.append((pillar, actor)) } }
        }
        for (pillar, actor) in pillarActorPairs {
            if let a = actorOfID[actor] { actorsOnPillar.add(a, to: pillar) }
            if let p = pillarOfID[pillar] { pillarsOfActor.add(p, to: actor) }
        }
        var peopleOfActor = ReverseIndex()
        var figuresOfActor = ReverseIndex()
        var eventsOfActor = ReverseIndex()
        var questionsOnActor = ReverseIndex()
        var questionsOnPillar = ReverseIndex()
        var notesAbout = ReverseIndex()
        for (p, person) in dataset.people.enumerated() {
            if let actor = person.actor { peopleOfActor.add(p, to: actor) }
        }
        for (f, figure) in dataset.figures.enumerated() {
            if let actor = figure.actor { figuresOfActor.add(f, to: actor) }
        }
        for (e, event) in dataset.events.enumerated() {
            for actor in event.partyIDs { eventsOfActor.add(e, to: actor) }
        }
        for (q, question) in dataset.questions.enumerated() {
            for actor in question.actors { questionsOnActor.add(q, to: actor) }
            for pillar in question.pillars { questionsOnPillar.add(q, to: pillar) }
        }
        for (n, note) in dataset.notes.enumerated() { for id in note.about { notesAbout.add(n, to: id) } }

        self.quotesOnActor = quotesOnActor.sorted()
        self.quotesOnPillar = quotesOnPillar.sorted()
        self.quotesBySpeaker = quotesBySpeaker.sorted()
        self.actorsOnPillar = actorsOnPillar.sorted()
        self.pillarsOfActor = pillarsOfActor.sorted()
        self.peopleOfActor = peopleOfActor.sorted()
        self.figuresOfActor = figuresOfActor.sorted()
        self.eventsOfActor = eventsOfActor.sorted()
        self.questionsOnActor = questionsOnActor.sorted()
        self.questionsOnPillar = questionsOnPillar.sorted()
        self.notesAbout = notesAbout.sorted()

        (self.searchText, self.sourceOffsets, self.coverage, self.names) = background.wait()
    }

    // MARK: Records by id (O(1))

    public func pillar(id: String) -> Pillar? { pillarOfID[id].map { dataset.pillars[$0] } }
    public func actor(id: String) -> Actor? { actorOfID[id].map { dataset.actors[$0] } }
    public func person(id: String) -> Person? { personOfID[id].map { dataset.people[$0] } }
    public func quote(id: String) -> Quote? { quoteOfID[id].map { dataset.quotes[$0] } }
    public func figure(id: String) -> Figure? { figureOfID[id].map { dataset.figures[$0] } }
    public func event(id: String) -> Event? { eventOfID[id].map { dataset.events[$0] } }
    public func question(id: String) -> Question? { questionOfID[id].map { dataset.questions[$0] } }
    public func note(id: String) -> Note? { noteOfID[id].map { dataset.notes[$0] } }

    /// The ref of the record with this id, whatever its kind (ids are unique across a dataset).
    public func ref(id: String) -> RecordRef? {
        for kind in RecordKind.allCases where indexInKind(id, kind) != nil { return RecordRef(kind: kind, id: id) }
        return nil
    }

    /// The record a ref names, as its typed value. O(1): both front ends reach records only this way.
    public func record(_ ref: RecordRef) -> AnyRecord? {
        guard let i = indexInKind(ref.id, ref.kind) else { return nil }
        return switch ref.kind {
        case .pillar: .pillar(dataset.pillars[i])
        case .actor: .actor(dataset.actors[i])
        case .person: .person(dataset.people[i])
        case .quote: .quote(dataset.quotes[i])
        case .figure: .figure(dataset.figures[i])
        case .event: .event(dataset.events[i])
        case .question: .question(dataset.questions[i])
        case .note: .note(dataset.notes[i])
        }
    }

    /// The record with this id, whatever its kind. O(1).
    public func record(id: String) -> AnyRecord? { ref(id: id).flatMap(record) }

    /// The actor's name, or the id itself when the dataset defines no such actor (so output never loses the reference).
    public func actorName(_ id: String) -> String { actor(id: id)?.name ?? id }

    /// True when the ref names a record of this dataset.
    public func contains(_ ref: RecordRef) -> Bool { indexInKind(ref.id, ref.kind) != nil }

    /// Index of the record in its kind's dataset array.
    func indexInKind(_ id: String, _ kind: RecordKind) -> Int? {
        switch kind {
        case .pillar: pillarOfID[id]
        case .actor: actorOfID[id]
        case .person: personOfID[id]
        case .quote: quoteOfID[id]
        case .figure: figureOfID[id]
        case .event: eventOfID[id]
        case .question: questionOfID[id]
        case .note: noteOfID[id]
        }
    }

    /// Every record, in kind order then dataset order.
    public var allRefs: [RecordRef] { refs }

    /// The records of one kind, in dataset order.
    public func refs(of kind: RecordKind) -> [RecordRef] {
        guard let range = kindRanges[kind] else { return [] }
        return Array(refs[range])
    }

    /// Position of a ref in `allRefs`, for stable ordering.
    public func position(of ref: RecordRef) -> Int? {
        guard let index = indexInKind(ref.id, ref.kind), let range = kindRanges[ref.kind] else { return nil }
        return range.lowerBound + index
    }

    /// The record's supporting span (a note may have none).
    public func span(of ref: RecordRef) -> SourceSpan? { record(ref)?.span }

    /// The length of the source text in Unicode scalars (the unit of span offsets).
    public var sourceScalarCount: Int { sourceOffsets.count }

    /// The source text a span covers, clamped to the text. O(1) to locate, O(span length) to copy.
    public func sourceText(_ span: SourceSpan) -> String {
        sourceOffsets.slice(dataset.source.text, span)
    }
}

/// Accumulates id → record indexes; `sorted()` gives each list in dataset order without duplicates.
struct ReverseIndex {
    private var lists: [String: [Int]] = [:]

    mutating func add(_ index: Int, to key: String) {
        lists[key, default: []].append(index)
    }

    func sorted() -> [String: [Int]] {
        lists.mapValues { list in
            // Lists are mostly built in ascending order already; only sort when needed.
            var seenSorted = true
            for i in list.indices.dropFirst() where list[i] <= list[i - 1] {
                seenSorted = false
                break
            }
            if seenSorted { return list }
            var unique: [Int] = []
            for value in list.sorted() where unique.last != value { unique.append(value) }
            return unique
        }
    }
}
