extension Person: Record {
    public static let kind = RecordKind.person
    public static let plural = "people"
    public static var inDataset: WritableKeyPath<Dataset, [Self]> { \.people }
    public static func read(_ reader: RecordReader) -> Person? { reader.validator.person(reader.node) }
    public var supportingSpan: SourceSpan? { span }
    public var anyRecord: AnyRecord { .person(self) }
    public var heading: String { name }

    public func listing(_ index: DatasetIndex) -> (title: String, detail: String) {
        let detail = [role, organisation, actor.flatMap { index.actor(id: $0)?.name }]
            .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
        return (heading, detail)
    }

    public func describe(to search: inout SearchFields) {
        search.name(name)
        search.field(name)
        search.field(id)
        search.endHead()
        search.field(role)
        search.field(organisation)
        let actorName = actor.flatMap { search.actorName($0) }
        search.field(actorName)
    }

    public static var isTypedByName: Bool { true }
    public var typedNames: [String] { [name] }
    public static var surnameNamesIt: Bool { true }

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
