extension Person: Record {
    public static let kind = RecordKind.person
    public var supportingSpan: SourceSpan? { span }
    public var anyRecord: AnyRecord { .person(self) }

    public func listing(_ index: DatasetIndex) -> (title: String, detail: String) {
        let detail = [role, organisation, actor.flatMap { index.actor(id: $0)?.name }]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
        return (name, detail)
    }

    /// The last word of the name ("Buras"), how the article refers to a person after introducing them.
    public var surname: String { name.split(separator: " ").last.map(String.init) ?? name }

    /// None: a person is linked to their quotes, not to pillars (the one linkage rule, DECISIONS 53).
    public func pillarIDs(_ index: DatasetIndex) -> [String] { [] }

    public func actorIDs(_ index: DatasetIndex) -> [String] { actor.map { [$0] } ?? [] }

    public func speakerIDs(_ index: DatasetIndex) -> [String] { [id] }

    public func linkedRefs(_ index: DatasetIndex) -> [RecordRef] {
        index.quotes(bySpeaker: id).map(\.ref) + actorIDs(index).refs(.actor)
    }
}
