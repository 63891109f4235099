extension Question: Record {
    public static let kind = RecordKind.question
    public static let plural = "questions"
    public static var inDataset: WritableKeyPath<Dataset, [Self]> { \.questions }
    public static func read(_ reader: RecordReader) -> Question? { reader.validator.question(reader.node) }
    public var supportingSpan: SourceSpan? { span }
    public var anyRecord: AnyRecord { .question(self) }
    public var heading: String { text }

    public func listing(_ index: DatasetIndex) -> (title: String, detail: String) { (heading, "open question") }

    public func describe(to search: inout SearchFields) {
        search.field(text)
        search.field(id)
        search.endHead()
        search.actors(actors)
        search.pillars(pillars)
    }

    public func pillarIDs(_ index: DatasetIndex) -> [String] { pillars }

    public func actorIDs(_ index: DatasetIndex) -> [String] { actors }

    public func linkedRefs(_ index: DatasetIndex) -> [RecordRef] { pillars.refs(.pillar) + actors.refs(.actor) }
}
