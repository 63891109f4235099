extension Pillar: Record {
    public static let kind = RecordKind.pillar
    public var supportingSpan: SourceSpan? { span }
    public var anyRecord: AnyRecord { .pillar(self) }

    public func listing(_ index: DatasetIndex) -> (title: String, detail: String) {
        ("Pillar \(number): \(title)", text)
    }
}
