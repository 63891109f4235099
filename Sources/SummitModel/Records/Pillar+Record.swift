extension Pillar: Record {
    public static let kind = RecordKind.pillar
    public var supportingSpan: SourceSpan? { span }
    public var anyRecord: AnyRecord { .pillar(self) }

    public func listing(_ index: DatasetIndex) -> (title: String, detail: String) {
        ("Pillar \(number): \(title)", text)
    }

    public func pillarIDs(_ index: DatasetIndex) -> [String] { [id] }

    public func actorIDs(_ index: DatasetIndex) -> [String] {
        (index.actorsOnPillar[id] ?? []).map { index.dataset.actors[$0].id }
    }

    public func linkedRefs(_ index: DatasetIndex) -> [RecordRef] {
        index.actors(onPillar: id).map(\.ref) + index.quotes(onPillar: id).map(\.ref)
            + index.questions(onPillar: id).map(\.ref)
    }
}
