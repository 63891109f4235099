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

    /// One id table per kind, by `RecordKind.order`: id → index in the dataset's array of that kind (on duplicate ids,
    /// which the validator rejects, the first wins). A record's position in `refs` is its kind's start plus this
    /// index, so no table keyed by ref is needed.
    let idTables: [[String: Int]]

    /// Person id → the actor they speak for, the reverse indexes (quotes by actor, actors by pillar…: indexes into
    /// the dataset's arrays, in dataset order, without duplicates) and the typed names; the dataset cache keeps them.
    let tables: IndexTables

    /// The folded text and its trigram index, built on the first search or near miss (see `BuiltOnFirstUse`).
    var searchText: SearchText { searchTextPart.value }
    private let searchTextPart: BuiltOnFirstUse<SearchText>
    let sourceOffsets: ScalarOffsets
    let coverage: SpanCoverage
    var names: NameKeys { tables.names }
    /// The results of the last few text queries (see `RecentMatches`).
    let recentMatches = RecentMatches()
    /// Each stance's link list, once asked for (see `StanceLists`).
    let stanceLists = StanceLists()
    /// The article's paragraph numbers, for `[id ¶N]` references.
    public let paragraphs: Paragraphs

    public convenience init(_ dataset: Dataset) { self.init(dataset, searchText: nil) }

    /// From this many records on, the search text is built on a second thread during `init` (see there).
    static let concurrentBuildMinimum = 20_000

    /// `searchText`: the search tables as the dataset cache kept them, or nil to build them.
    init(_ dataset: Dataset, searchText: SearchText?) {
        self.dataset = dataset
        paragraphs = Paragraphs(text: dataset.source.text)

        var kinds = KindRanges(dataset: dataset)
        for kind in RecordKind.allCases { kind.visit(&kinds) }
        self.refs = kinds.refs
        self.kindRanges = kinds.ranges
        // The search text is needed by the explorer's first letter and by the cache write that follows a cold load:
        // on a large dataset it is built on the other core while the tables below are built on this one. A small
        // one stays on one thread (the explorer on the bundled data runs on one thread, DECISIONS 33).
        if let searchText {
            self.searchTextPart = BuiltOnFirstUse { searchText }
        } else {
            let part = BuiltOnFirstUse { [refs] in SearchText(dataset: dataset, refs: refs) }
            if refs.count >= Self.concurrentBuildMinimum { part.buildInBackground() }
            self.searchTextPart = part
        }
        var idTable = IDTable(dataset: dataset)
        idTables = RecordKind.allCases.map { $0.visit(&idTable) }
        let actorOfID = idTables[RecordKind.actor.order]
        let pillarOfID = idTables[RecordKind.pillar.order]

        // Reverse indexes, each one pass over the records that carry the link.
        let actorOfPerson = Dictionary(
            dataset.people.lazy.compactMap { person in person.actor.map { (person.id, $0) } },
            uniquingKeysWith: { first, _ in first })
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

        tables = IndexTables(
            actorOfPerson: actorOfPerson, quotesOnActor: quotesOnActor.sorted(),
            quotesOnPillar: quotesOnPillar.sorted(),
            quotesBySpeaker: quotesBySpeaker.sorted(), actorsOnPillar: actorsOnPillar.sorted(),
            pillarsOfActor: pillarsOfActor.sorted(), peopleOfActor: peopleOfActor.sorted(),
            figuresOfActor: figuresOfActor.sorted(), eventsOfActor: eventsOfActor.sorted(),
            questionsOnActor: questionsOnActor.sorted(), questionsOnPillar: questionsOnPillar.sorted(),
            notesAbout: notesAbout.sorted(), names: NameKeys(dataset: dataset))

        self.sourceOffsets = ScalarOffsets(dataset.source.text)
        self.coverage = SpanCoverage(dataset: dataset, kindRanges: kindRanges)
    }

    /// The index as the dataset cache kept it (Cache/IndexTables.swift): the search text and the costly tables read
    /// back, only the refs, id tables, offsets and coverage built here, on both cores (the refs and coverage on one,
    /// the id tables on the other: about 0.2 s each at a million records). Answers exactly as `init(_:)` on the same
    /// records (DatasetCacheTests).
    init(_ dataset: Dataset, searchText: SearchText, tables: IndexTables) {
        self.dataset = dataset
        let (spans, ids) = Concurrently.both(
            {
                var kinds = KindRanges(dataset: dataset)
                for kind in RecordKind.allCases { kind.visit(&kinds) }
                return (kinds, SpanCoverage(dataset: dataset, kindRanges: kinds.ranges))
            },
            {
                var idTable = IDTable(dataset: dataset)
                return RecordKind.allCases.map { $0.visit(&idTable) }
            })
        refs = spans.0.refs
        kindRanges = spans.0.ranges
        coverage = spans.1
        idTables = ids
        paragraphs = Paragraphs(text: dataset.source.text)
        searchTextPart = BuiltOnFirstUse { searchText }
        self.tables = tables
        sourceOffsets = ScalarOffsets(dataset.source.text)
    }

    // MARK: Records by id (O(1)); direct array reads, since lists call these once per row

    public func pillar(id: String) -> Pillar? { indexInKind(id, .pillar).map { dataset.pillars[$0] } }
    public func actor(id: String) -> Actor? { indexInKind(id, .actor).map { dataset.actors[$0] } }
    public func person(id: String) -> Person? { indexInKind(id, .person).map { dataset.people[$0] } }
    public func quote(id: String) -> Quote? { indexInKind(id, .quote).map { dataset.quotes[$0] } }
    public func figure(id: String) -> Figure? { indexInKind(id, .figure).map { dataset.figures[$0] } }
    public func event(id: String) -> Event? { indexInKind(id, .event).map { dataset.events[$0] } }
    public func question(id: String) -> Question? { indexInKind(id, .question).map { dataset.questions[$0] } }
    public func note(id: String) -> Note? { indexInKind(id, .note).map { dataset.notes[$0] } }

    /// The record of this kind with this id, as its own type. O(1).
    public func record<R: Record>(id: String, as type: R.Type) -> R? {
        indexInKind(id, R.kind).map { dataset.records(R.self)[$0] }
    }

    /// The ref of the record with this id, whatever its kind (ids are unique across a dataset).
    public func ref(id: String) -> RecordRef? {
        for kind in RecordKind.allCases where indexInKind(id, kind) != nil { return RecordRef(kind: kind, id: id) }
        return nil
    }

    /// The record a ref names, as its typed value. O(1): both front ends reach records only this way.
    public func record(_ ref: RecordRef) -> AnyRecord? {
        guard let i = indexInKind(ref.id, ref.kind) else { return nil }
        var at = RecordAt(dataset: dataset, index: i)
        return ref.kind.visit(&at)
    }

    /// The record with this id, whatever its kind. O(1).
    public func record(id: String) -> AnyRecord? { ref(id: id).flatMap(record) }

    /// The actor's name, or the id itself when the dataset defines no such actor (so output never loses the reference).
    public func actorName(_ id: String) -> String { actor(id: id)?.name ?? id }

    /// True when the ref names a record of this dataset.
    public func contains(_ ref: RecordRef) -> Bool { indexInKind(ref.id, ref.kind) != nil }

    /// Index of the record in its kind's dataset array.
    func indexInKind(_ id: String, _ kind: RecordKind) -> Int? { idTables[kind.order][id] }

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

/// Every record's ref and each kind's range of them, built kind by kind in kind order.
private struct KindRanges: RecordKindVisitor {
    let dataset: Dataset
    var refs: [RecordRef] = []
    var ranges: [RecordKind: Range<Int>] = [:]

    init(dataset: Dataset) {
        self.dataset = dataset
        refs.reserveCapacity(dataset.counts.reduce(0) { $0 + $1.count })
    }

    mutating func visit<R: Record>(_ type: R.Type) {
        let records = dataset.records(R.self)
        let start = refs.count
        refs.append(contentsOf: records.lazy.map { RecordRef(kind: R.kind, id: $0.id) })
        ranges[R.kind] = start..<refs.count
    }
}

/// One kind's id table: id → index in its array (on duplicate ids, which the validator rejects, the first wins).
private struct IDTable: RecordKindVisitor {
    let dataset: Dataset
    func visit<R: Record>(_ type: R.Type) -> [String: Int] {
        let records = dataset.records(R.self)
        return Dictionary(zip(records.lazy.map(\.id), 0...), uniquingKeysWith: { first, _ in first })
    }
}

/// The record at an index of its kind's array, as a value of any kind.
private struct RecordAt: RecordKindVisitor {
    let dataset: Dataset
    let index: Int
    func visit<R: Record>(_ type: R.Type) -> AnyRecord { dataset.records(R.self)[index].anyRecord }
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
