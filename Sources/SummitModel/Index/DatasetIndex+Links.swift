// Cross-references between records. Every list is precomputed at build time and returned in dataset order.

extension DatasetIndex {
    /// Quotes that name the actor, or whose speaker speaks for it.
    public func quotes(onActor id: String) -> [Quote] { (tables.quotesOnActor[id] ?? []).map { dataset.quotes[$0] } }
    /// Quotes that bear on the pillar.
    public func quotes(onPillar id: String) -> [Quote] { (tables.quotesOnPillar[id] ?? []).map { dataset.quotes[$0] } }
    /// Quotes the person spoke.
    public func quotes(bySpeaker id: String) -> [Quote] {
        (tables.quotesBySpeaker[id] ?? []).map { dataset.quotes[$0] }
    }
    /// Actors bearing on the pillar: through a role on it, or a quote on it that names them or is spoken for them.
    public func actors(onPillar id: String) -> [Actor] { (tables.actorsOnPillar[id] ?? []).map { dataset.actors[$0] } }
    /// Pillars the actor bears on (the converse of `actors(onPillar:)`).
    public func pillars(ofActor id: String) -> [Pillar] {
        (tables.pillarsOfActor[id] ?? []).map { dataset.pillars[$0] }
    }
    /// People who speak or act for the actor.
    public func people(ofActor id: String) -> [Person] { (tables.peopleOfActor[id] ?? []).map { dataset.people[$0] } }
    /// Figures about the actor.
    public func figures(ofActor id: String) -> [Figure] {
        (tables.figuresOfActor[id] ?? []).map { dataset.figures[$0] }
    }
    /// Events the actor takes part in, claims or disputes.
    public func events(ofActor id: String) -> [Event] { (tables.eventsOfActor[id] ?? []).map { dataset.events[$0] } }
    /// Open questions naming the actor.
    public func questions(onActor id: String) -> [Question] {
        (tables.questionsOnActor[id] ?? []).map { dataset.questions[$0] }
    }
    /// Open questions on the pillar.
    public func questions(onPillar id: String) -> [Question] {
        (tables.questionsOnPillar[id] ?? []).map { dataset.questions[$0] }
    }
    /// Notes about the record with this id.
    public func notes(about id: String) -> [Note] { (tables.notesAbout[id] ?? []).map { dataset.notes[$0] } }

    /// The records the explorer's cross-filter shows beside a selected record (never the record itself):
    /// - actor → its quotes, the pillars it bears on, its people, figures, events, questions;
    /// - pillar → its actors, quotes, questions;
    /// - person → their quotes and their actor;
    /// - quote → its speaker, actors (incl. the speaker's actor) and pillars;
    /// - figure → its actor; event → its actors, claimant and disputing parties;
    /// - question → its pillars and actors; note → the records it is about;
    /// and for every kind, the notes about it. Unknown refs give an empty set.
    public func linked(to ref: RecordRef) -> Set<RecordRef> {
        Set(linkedPositions(to: ref).map { refs[Int($0)] })
    }

    /// The records `linked(to:)` gives, one group per kind in kind order, each in id order (`RecordRef`'s order):
    /// what the detail pane lists. Read off the ascending positions, never hashed or sorted whole (`LinkedGroup`).
    public func linkedGroups(to ref: RecordRef) -> [LinkedGroup] {
        let positions = linkedPositions(to: ref)
        return RecordKind.allCases.compactMap { kind in
            guard let range = kindRanges[kind] else { return nil }
            let low = SortedPositions.lowerBound(Int32(range.lowerBound), in: positions)
            let high = SortedPositions.lowerBound(Int32(range.upperBound), in: positions)
            return low < high ? LinkedGroup(kind: kind, positions: Array(positions[low..<high]), self) : nil
        }
    }

    /// The positions in `allRefs` of the records `linked(to:)` gives, ascending: what a link chip intersects the
    /// rows of a list with, so it costs the links, not a test of every row.
    public func linkedPositions(to ref: RecordRef) -> [Int32] {
        guard let own = position(of: ref), let record = record(ref) else { return [] }
        var linked: [Int32]
        // An actor, pillar or person links to lists of the reverse indexes (a pillar of a million records to a
        // hundred thousand): read as positions, never as records. Other kinds link to their own few ids.
        switch ref.kind {
        case .actor:
            linked =
                at(.quote, tables.quotesOnActor[ref.id]) + at(.pillar, tables.pillarsOfActor[ref.id])
                + at(.person, tables.peopleOfActor[ref.id]) + at(.figure, tables.figuresOfActor[ref.id])
                + at(.event, tables.eventsOfActor[ref.id]) + at(.question, tables.questionsOnActor[ref.id])
        case .pillar:
            linked =
                at(.actor, tables.actorsOnPillar[ref.id]) + at(.quote, tables.quotesOnPillar[ref.id])
                + at(.question, tables.questionsOnPillar[ref.id])
        case .person:
            let actor = record.value.actorIDs(self).compactMap { indexInKind($0, .actor) }
            linked = at(.quote, tables.quotesBySpeaker[ref.id]) + at(.actor, actor)
        default:
            // Links to ids the dataset does not define (a dataset the validator would reject) are dropped.
            linked = record.value.linkedRefs(self).compactMap { position(of: $0).map(Int32.init) }
        }
        if let start = kindRanges[.note]?.lowerBound {
            linked += (tables.notesAbout[ref.id] ?? []).map { Int32(start + $0) }
        }
        return SortedPositions.union([linked]).filter { $0 != Int32(own) }
    }

    /// The rows (positions in `allRefs`) a link chip keeps, in order: those linked to the anchor, and every row of
    /// the anchor's own kind (so another record of that kind can be picked next). O(rows + links).
    public func filter(rows: [Int32], linkedTo anchor: RecordRef) -> [Int32] {
        let own = kindRanges[anchor.kind] ?? 0..<0
        var isLinked = [Bool](repeating: false, count: rows.count)
        SortedPositions.forEachMember(of: rows, in: linkedPositions(to: anchor)) { i, _ in isLinked[i] = true }
        return rows.indices.compactMap { own.contains(Int(rows[$0])) || isLinked[$0] ? rows[$0] : nil }
    }

    /// The records whose spans cover a source offset (a Unicode-scalar offset into `source.text`): their own span,
    /// and also an actor's stance basis and role spans and an event's dispute spans. Narrowest covering span
    /// first, then kind order, then dataset order. O(log n + k log n) for k results.
    public func records(supportedBy offset: Int) -> [RecordRef] {
        coverage.positions(covering: offset).map { refs[$0] }
    }
}
