extension Actor: Record {
    public static let kind = RecordKind.actor
    public static let plural = "actors"
    public static var inDataset: WritableKeyPath<Dataset, [Self]> { \.actors }
    public static func read(_ reader: RecordReader) -> Actor? { reader.validator.actor(reader.node) }
    public var supportingSpan: SourceSpan? { span }
    public var spans: [SourceSpan] { [span, stance.basis] + roles.map(\.span) }
    public var anyRecord: AnyRecord { .actor(self) }
    public var heading: String { name }

    public func listing(_ index: DatasetIndex) -> (title: String, detail: String) {
        let also = aliases.isEmpty ? "" : " · also " + aliases.joined(separator: ", ")
        return (heading, "\(kind.rawValue) · stance: \(stance.value.label)\(also)")
    }

    public func describe(to search: inout SearchFields) {
        search.name(name)
        for alias in aliases { search.name(alias) }
        search.field(name)
        for alias in aliases { search.field(alias) }
        search.field(id)
        search.endHead()
        search.field(kind.rawValue)
        search.field(stance.value.rawValue)
        search.field(stance.value.label)
        search.field(stance.note)
        for role in roles { search.field(role.text) }
    }

    public static var isTypedByName: Bool { true }
    public var typedNames: [String] { [name] + aliases }

    public func pillarIDs(_ index: DatasetIndex) -> [String] {
        (index.tables.pillarsOfActor[id] ?? []).map { index.dataset.pillars[$0].id }
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
