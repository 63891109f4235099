extension Note: Record {
    public static let kind = RecordKind.note
    public static let plural = "notes"
    public static var inDataset: WritableKeyPath<Dataset, [Self]> { \.notes }
    public static func read(_ reader: RecordReader) -> Note? { reader.validator.note(reader.node) }
    public var supportingSpan: SourceSpan? { span }
    public var anyRecord: AnyRecord { .note(self) }
    public var heading: String { text }

    public func listing(_ index: DatasetIndex) -> (title: String, detail: String) {
        (heading, "note on " + about.joined(separator: ", "))
    }

    public func describe(to search: inout SearchFields) {
        search.field(id)
        search.endHead()
        search.field(text)
        for id in about {
            let name = search.name(of: id)
            search.field(name)
        }
    }

    /// The pillars it is about.
    public func pillarIDs(_ index: DatasetIndex) -> [String] { about.filter { index.indexInKind($0, .pillar) != nil } }

    /// The actors it is about.
    public func actorIDs(_ index: DatasetIndex) -> [String] { about.filter { index.indexInKind($0, .actor) != nil } }

    /// The people it is about and the speakers of the quotes it is about (the one linkage rule, DECISIONS 53).
    public func speakerIDs(_ index: DatasetIndex) -> [String] {
        about.filter { index.indexInKind($0, .person) != nil } + about.compactMap { index.quote(id: $0)?.speaker }
    }

    /// The records it is about, of whatever kind.
    public func linkedRefs(_ index: DatasetIndex) -> [RecordRef] { about.compactMap(index.ref(id:)) }
}
