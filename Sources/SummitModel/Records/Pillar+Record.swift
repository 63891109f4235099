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

    /// The speakers of the quotes on the pillar (the one linkage rule, DECISIONS 53).
    public func speakerIDs(_ index: DatasetIndex) -> [String] { index.quotes(onPillar: id).compactMap(\.speaker) }

    public func linkedRefs(_ index: DatasetIndex) -> [RecordRef] {
        index.actors(onPillar: id).map(\.ref) + index.quotes(onPillar: id).map(\.ref)
            + index.questions(onPillar: id).map(\.ref)
    }
}
