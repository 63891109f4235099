// What each facet means for each kind of record. A record passes a facet when the facet's set is empty or
// shares a value with the record's values for it; a kind with no values for a facet fails any non-empty
// selection on that facet (a figure has no pillar, so choosing a pillar hides figures).
//
// pillar facet:  pillar → itself; actor → the pillars its roles or its quotes bear on; quote, question → their
//                pillars; note → the pillars it is about. A person has none (linked to their quotes, not to pillars).
// actor facet:   actor → itself; pillar → the actors bearing on it (see `actors(onPillar:)`); person → the actor
//                they speak for; quote → its actors and its speaker's actor; figure → its actor; event → its actors,
//                claimant and disputing parties; question → its actors; note → the actors it is about.
// stance facet:  the stances of the record's actors, as the actor facet defines them.
// speaker facet: quote → its speaker; person → itself; actor → the people speaking for it and the speakers of the
//                quotes on it; pillar → the speakers of the quotes on it. Other kinds have no speaker.
// Together these are one linkage rule (DECISIONS 53): a chip keeps the records linked to what it names.
// Each kind gives its values itself (`Record.pillarIDs`, `actorIDs`, `speakerIDs`, in Records/<Kind>+Record.swift).

extension DatasetIndex {
    /// The facets with the stance facet turned into the actors holding those stances, computed once per query
    /// (one pass over the actors) so each record's check is a set lookup.
    struct FacetCheck {
        let facets: Facets
        let actorsWithStance: Set<String>

        init(_ facets: Facets, actors: [Actor]) {
            self.facets = facets
            actorsWithStance =
                facets.stances.isEmpty
                ? []
                : Set(actors.lazy.filter { facets.stances.contains($0.stance.value) }.map(\.id))
        }
    }

    func satisfies(_ position: Int, _ check: FacetCheck) -> Bool {
        let facets = check.facets
        let ref = refs[position]
        if !facets.kinds.isEmpty, !facets.kinds.contains(ref.kind) { return false }
        // Records are reached by array index, not by id, and as their own type (no existential box): this runs once
        // per record per query. A switch of its own rather than `RecordKind.visit`: through a visitor, an empty search
        // with pillar and stance facets took 130-180 → 260-310 ms on 300,000 records (release, DECISIONS 59).
        let i = position - (kindRanges[ref.kind]?.lowerBound ?? 0)
        return switch ref.kind {
        case .pillar: passes(dataset.pillars, i, check)
        case .actor: passes(dataset.actors, i, check)
        case .person: passes(dataset.people, i, check)
        case .quote: passes(dataset.quotes, i, check)
        case .figure: passes(dataset.figures, i, check)
        case .event: passes(dataset.events, i, check)
        case .question: passes(dataset.questions, i, check)
        case .note: passes(dataset.notes, i, check)
        }
    }

    /// `records[i]` is read in place rather than copied out: a record is many references to retain.
    private func passes<R: Record>(_ records: [R], _ i: Int, _ check: FacetCheck) -> Bool {
        let facets = check.facets
        if !facets.pillars.isEmpty, !records[i].pillarIDs(self).contains(where: facets.pillars.contains) {
            return false
        }
        if !facets.actors.isEmpty || !facets.stances.isEmpty {
            let actors = records[i].actorIDs(self)
            if !facets.actors.isEmpty, !actors.contains(where: facets.actors.contains) { return false }
            if !facets.stances.isEmpty, !actors.contains(where: check.actorsWithStance.contains) { return false }
        }
        if !facets.speakers.isEmpty, !records[i].speakerIDs(self).contains(where: facets.speakers.contains) {
            return false
        }
        return true
    }

    /// The ascending positions of the records passing every facet but the kind facet, built from the link lists
    /// (reverse indexes) rather than by testing every record; nil when those facets are all empty. Exactly the
    /// records `satisfies` passes, by the table at the top of this file (tests hold it to a brute-force filter).
    func facetPositions(_ facets: Facets) -> [Int32]? {
        var lists: [[Int32]] = []
        if !facets.pillars.isEmpty { lists.append(SortedPositions.union(facets.pillars.map(positions(onPillar:)))) }
        if !facets.actors.isEmpty { lists.append(SortedPositions.union(facets.actors.map(positions(onActor:)))) }
        if !facets.stances.isEmpty { lists.append(SortedPositions.union(facets.stances.map(positions(holding:)))) }
        if !facets.speakers.isEmpty {
            lists.append(SortedPositions.union(facets.speakers.map(positions(bySpeaker:))))
        }
        guard var result = lists.first else { return nil }
        for list in lists.dropFirst() { result = SortedPositions.members(of: result, in: list) }
        return result
    }

    /// Positions of the records linked to an actor holding the stance (their `actorIDs` hold one), kept per stance.
    private func positions(holding stance: StanceValue) -> [Int32] {
        stanceLists.list(stance) {
            let holders = dataset.actors.lazy.filter { $0.stance.value == stance }.map(\.id)
            return SortedPositions.union(holders.map(positions(onActor:)))
        }
    }

    /// Positions of the records whose `pillarIDs` hold the pillar.
    private func positions(onPillar id: String) -> [Int32] {
        guard let pillar = indexInKind(id, .pillar) else {
            return at(.quote, tables.quotesOnPillar[id]) + at(.question, tables.questionsOnPillar[id])
        }
        return at(.pillar, [pillar]) + at(.actor, tables.actorsOnPillar[id]) + at(.quote, tables.quotesOnPillar[id])
            + at(.question, tables.questionsOnPillar[id]) + at(.note, tables.notesAbout[id])
    }

    /// Positions of the records whose `actorIDs` hold the actor.
    private func positions(onActor id: String) -> [Int32] {
        let own = indexInKind(id, .actor)
        return at(.pillar, own == nil ? nil : tables.pillarsOfActor[id]) + at(.actor, own.map { [$0] })
            + at(.person, tables.peopleOfActor[id]) + at(.quote, tables.quotesOnActor[id])
            + at(.figure, tables.figuresOfActor[id])
            + at(.event, tables.eventsOfActor[id]) + at(.question, tables.questionsOnActor[id])
            + at(.note, own == nil ? nil : tables.notesAbout[id])
    }

    /// Positions of the records whose `speakerIDs` hold the person: their quotes, themselves, the actors they
    /// speak for or that their quotes are on, the pillars of their quotes, the notes about them or their quotes.
    private func positions(bySpeaker id: String) -> [Int32] {
        let quotes = tables.quotesBySpeaker[id] ?? []
        let person = indexInKind(id, .person)
        var actors: [Int] = []
        var pillars: [Int] = []
        var notes: [Int] = person == nil ? [] : tables.notesAbout[id] ?? []
        if let person, let actor = dataset.people[person].actor, let a = indexInKind(actor, .actor) { actors.append(a) }
        for q in quotes {
            let quote = dataset.quotes[q]
            for actor in quote.actorIDs(self) { if let a = indexInKind(actor, .actor) { actors.append(a) } }
            for pillar in quote.pillars { if let p = indexInKind(pillar, .pillar) { pillars.append(p) } }
            notes += tables.notesAbout[quote.id] ?? []
        }
        return at(.pillar, pillars) + at(.actor, actors) + at(.person, person.map { [$0] }) + at(.quote, quotes)
            + at(.note, notes)
    }

    /// Indexes into one kind's dataset array as positions in `allRefs`.
    func at(_ kind: RecordKind, _ indexes: [Int]?) -> [Int32] {
        guard let indexes, let start = kindRanges[kind]?.lowerBound else { return [] }
        return indexes.map { Int32(start + $0) }
    }

    /// The pillar ids a record bears on, for the pillar facet.
    public func pillarIDs(of ref: RecordRef) -> [String] { record(ref)?.value.pillarIDs(self) ?? [] }

    /// The actor ids a record involves, for the actor and stance facets.
    public func actorIDs(of ref: RecordRef) -> [String] { record(ref)?.value.actorIDs(self) ?? [] }

    /// The speaker (person) ids of a record, for the speaker facet.
    public func speakerIDs(of ref: RecordRef) -> [String] { record(ref)?.value.speakerIDs(self) ?? [] }
}
