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

    public func linkedRefs(_ index: DatasetIndex) -> [RecordRef] {
        index.quotes(onActor: id).map(\.ref) + index.pillars(ofActor: id).map(\.ref)
            + index.people(ofActor: id).map(\.ref) + index.figures(ofActor: id).map(\.ref)
            + index.events(ofActor: id).map(\.ref) + index.questions(onActor: id).map(\.ref)
    }
}
