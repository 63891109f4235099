// What each facet means for each kind of record. A record passes a facet when the facet's set is empty or
// shares a value with the record's values for it; a kind with no values for a facet fails any non-empty
// selection on that facet (a figure has no pillar, so choosing a pillar hides figures).
//
// pillar facet:  pillar → itself; actor → the pillars its roles or its quotes bear on; person → the pillars of
//                their quotes; quote, question → their pillars; note → the pillars it is about.
// actor facet:   actor → itself; pillar → the actors bearing on it (see `actors(onPillar:)`); person → the actor
//                they speak for; quote → its actors and its speaker's actor; figure → its actor; event → its actors,
//                claimant and disputing parties; question → its actors; note → the actors it is about.
// stance facet:  the stances of the record's actors, as the actor facet defines them.
// speaker facet: quote → its speaker; person → itself. Other kinds have no speaker.

extension DatasetIndex {
    /// The facets with the stance facet turned into the actors holding those stances, computed once per query
    /// (one pass over the actors) so each record's check is a set lookup.
    struct FacetCheck {
        let facets: Facets
        let actorsWithStance: Set<String>

        init(_ facets: Facets, actors: [Actor]) {
            self.facets = facets
            actorsWithStance = facets.stances.isEmpty ? []
                : Set(actors.lazy.filter { facets.stances.contains($0.stance.value) }.map(\.id))
        }
    }

    func satisfies(_ position: Int, _ check: FacetCheck) -> Bool {
        let facets = check.facets
        let ref = refs[position]
        if !facets.kinds.isEmpty, !facets.kinds.contains(ref.kind) { return false }
        // Records are reached by array index, not by id: this runs once per record per query.
        let i = position - (kindRanges[ref.kind]?.lowerBound ?? 0)
        if !facets.pillars.isEmpty, !pillarIDs(ref.kind, at: i).contains(where: facets.pillars.contains) { return false }
        if !facets.actors.isEmpty || !facets.stances.isEmpty {
            let actors = actorIDs(ref.kind, at: i)
            if !facets.actors.isEmpty, !actors.contains(where: facets.actors.contains) { return false }
            if !facets.stances.isEmpty, !actors.contains(where: check.actorsWithStance.contains) { return false }
        }
        if !facets.speakers.isEmpty, !speakerIDs(ref.kind, at: i).contains(where: facets.speakers.contains) { return false }
        return true
    }

    /// The pillar ids a record bears on, for the pillar facet.
    public func pillarIDs(of ref: RecordRef) -> [String] {
        indexInKind(ref.id, ref.kind).map { pillarIDs(ref.kind, at: $0) } ?? []
    }

    /// The actor ids a record involves, for the actor and stance facets.
    public func actorIDs(of ref: RecordRef) -> [String] {
        indexInKind(ref.id, ref.kind).map { actorIDs(ref.kind, at: $0) } ?? []
    }

    /// The speaker (person) ids of a record, for the speaker facet.
    public func speakerIDs(of ref: RecordRef) -> [String] {
        indexInKind(ref.id, ref.kind).map { speakerIDs(ref.kind, at: $0) } ?? []
    }

    /// `i` indexes the dataset array of `kind`.
    func pillarIDs(_ kind: RecordKind, at i: Int) -> [String] {
        switch kind {
        case .pillar: [dataset.pillars[i].id]
        case .actor: (pillarsOfActor[dataset.actors[i].id] ?? []).map { dataset.pillars[$0].id }
        case .person: (quotesBySpeaker[dataset.people[i].id] ?? []).flatMap { dataset.quotes[$0].pillars }
        case .quote: dataset.quotes[i].pillars
        case .question: dataset.questions[i].pillars
        case .note: dataset.notes[i].about.filter { pillarOfID[$0] != nil }
        case .figure, .event: []
        }
    }

    func actorIDs(_ kind: RecordKind, at i: Int) -> [String] {
        switch kind {
        case .pillar: return (actorsOnPillar[dataset.pillars[i].id] ?? []).map { dataset.actors[$0].id }
        case .actor: return [dataset.actors[i].id]
        case .person: return dataset.people[i].actor.map { [$0] } ?? []
        case .quote:
            let quote = dataset.quotes[i]
            guard let speaker = quote.speaker, let actor = actorOfPerson[speaker] else { return quote.actors }
            return quote.actors + [actor]
        case .figure: return dataset.figures[i].actor.map { [$0] } ?? []
        case .event: return DatasetIndex.actorIDs(of: dataset.events[i])
        case .question: return dataset.questions[i].actors
        case .note: return dataset.notes[i].about.filter { actorOfID[$0] != nil }
        }
    }

    func speakerIDs(_ kind: RecordKind, at i: Int) -> [String] {
        switch kind {
        case .quote: dataset.quotes[i].speaker.map { [$0] } ?? []
        case .person: [dataset.people[i].id]
        default: []
        }
    }
}
