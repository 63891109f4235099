extension Actor: Record {
    public static let kind = RecordKind.actor
    public var supportingSpan: SourceSpan? { span }
    public var anyRecord: AnyRecord { .actor(self) }

    public func listing(_ index: DatasetIndex) -> (title: String, detail: String) {
        let also = aliases.isEmpty ? "" : " · also " + aliases.joined(separator: ", ")
        return (name, "\(kind.rawValue) · stance: \(stance.value.label)\(also)")
    }

    public func pillarIDs(_ index: DatasetIndex) -> [String] {
        (index.pillarsOfActor[id] ?? []).map { index.dataset.pillars[$0].id }
    }

    public func actorIDs(_ index: DatasetIndex) -> [String] { [id] }

    /// The people who speak for the actor and the speakers of the quotes on it: `:speaker buras` keeps the
    /// countries his quotes name (the one linkage rule, DECISIONS 53).
    public func speakerIDs(_ index: DatasetIndex) -> [String] {
        index.people(ofActor: id).map(\.id) + index.quotes(onActor: id).compactMap(\.speaker)
    }

    public func linkedRefs(_ index: DatasetIndex) -> [RecordRef] {
        index.quotes(onActor: id).map(\.ref) + index.pillars(ofActor: id).map(\.ref)
            + index.people(ofActor: id).map(\.ref) + index.figures(ofActor: id).map(\.ref)
            + index.events(ofActor: id).map(\.ref) + index.questions(onActor: id).map(\.ref)
    }
}
