extension Pillar: Record {
    public static let kind = RecordKind.pillar
    public static let plural = "pillars"
    public static var inDataset: WritableKeyPath<Dataset, [Self]> { \.pillars }
    public static func read(_ reader: RecordReader) -> Pillar? {
        reader.validator.pillar(reader.node, at: reader.position)
    }
    public var supportingSpan: SourceSpan? { span }
    public var anyRecord: AnyRecord { .pillar(self) }
    public var heading: String { "Pillar \(number): \(title)" }

    public func listing(_ index: DatasetIndex) -> (title: String, detail: String) { (heading, text) }

    public func describe(to search: inout SearchFields) {
        search.name(title)
        search.field(title)
        search.field(id)
        search.field("pillar \(number)")
        search.endHead()
        search.field(text)
        search.field(note)
    }

    public static var isTypedByName: Bool { true }
    public var typedNames: [String] { [title] }

    public func pillarIDs(_ index: DatasetIndex) -> [String] { [id] }

    public func actorIDs(_ index: DatasetIndex) -> [String] {
        (index.tables.actorsOnPillar[id] ?? []).map { index.dataset.actors[$0].id }
    }

    /// The speakers of the quotes on the pillar (the one linkage rule, DECISIONS 53).
    public func speakerIDs(_ index: DatasetIndex) -> [String] { index.quotes(onPillar: id).compactMap(\.speaker) }

    public func linkedRefs(_ index: DatasetIndex) -> [RecordRef] {
        index.actors(onPillar: id).map(\.ref) + index.quotes(onPillar: id).map(\.ref)
            + index.questions(onPillar: id).map(\.ref)
    }
}
