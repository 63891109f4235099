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
    func satisfies(_ position: Int, _ facets: Facets) -> Bool {
        let ref = refs[position]
        if !facets.kinds.isEmpty, !facets.kinds.contains(ref.kind) { return false }
        if !facets.pillars.isEmpty, !pillarIDs(of: ref).contains(where: facets.pillars.contains) { return false }
        if !facets.actors.isEmpty || !facets.stances.isEmpty {
            let actors = actorIDs(of: ref)
            if !facets.actors.isEmpty, !actors.contains(where: facets.actors.contains) { return false }
            if !facets.stances.isEmpty,
               !actors.contains(where: { actor(id: $0).map { facets.stances.contains($0.stance.value) } ?? false }) {
                return false
            }
        }
        if !facets.speakers.isEmpty, !speakerIDs(of: ref).contains(where: facets.speakers.contains) { return false }
        return true
    }

    /// The pillar ids a record bears on, for the pillar facet.
    public func pillarIDs(of ref: RecordRef) -> [String] {
        switch ref.kind {
        case .pillar: return [ref.id]
        case .actor: return (pillarsOfActor[ref.id] ?? []).map { dataset.pillars[$0].id }
        case .person:
            return (quotesBySpeaker[ref.id] ?? []).flatMap { dataset.quotes[$0].pillars }
        case .quote: return quote(id: ref.id)?.pillars ?? []
        case .question: return question(id: ref.id)?.pillars ?? []
        case .note: return (note(id: ref.id)?.about ?? []).filter { pillarOfID[$0] != nil }
        case .figure, .event: return []
        }
    }

    /// The actor ids a record involves, for the actor and stance facets.
    public func actorIDs(of ref: RecordRef) -> [String] {
        switch ref.kind {
        case .pillar: return (actorsOnPillar[ref.id] ?? []).map { dataset.actors[$0].id }
        case .actor: return [ref.id]
        case .person: return person(id: ref.id)?.actor.map { [$0] } ?? []
        case .quote:
            guard let quote = quote(id: ref.id) else { return [] }
            var ids = quote.actors
            if let speaker = quote.speaker, let actor = actorOfPerson[speaker] { ids.append(actor) }
            return ids
        case .figure: return figure(id: ref.id)?.actor.map { [$0] } ?? []
        case .event: return event(id: ref.id).map(DatasetIndex.actorIDs(of:)) ?? []
        case .question: return question(id: ref.id)?.actors ?? []
        case .note: return (note(id: ref.id)?.about ?? []).filter { actorOfID[$0] != nil }
        }
    }

    /// The speaker (person) ids of a record, for the speaker facet.
    public func speakerIDs(of ref: RecordRef) -> [String] {
        switch ref.kind {
        case .quote: return quote(id: ref.id)?.speaker.map { [$0] } ?? []
        case .person: return person(id: ref.id) == nil ? [] : [ref.id]
        default: return []
        }
    }
}
