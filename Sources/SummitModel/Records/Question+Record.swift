extension Question: Record {
    public static let kind = RecordKind.question
    public var supportingSpan: SourceSpan? { span }
    public var anyRecord: AnyRecord { .question(self) }

    public func listing(_ index: DatasetIndex) -> (title: String, detail: String) { (text, "open question") }

    public func pillarIDs(_ index: DatasetIndex) -> [String] { pillars }

    public func actorIDs(_ index: DatasetIndex) -> [String] { actors }

    public func linkedRefs(_ index: DatasetIndex) -> [RecordRef] { pillars.refs(.pillar) + actors.refs(.actor) }
}
