extension Question: Record {
    public static let kind = RecordKind.question
    public var supportingSpan: SourceSpan? { span }
    public var anyRecord: AnyRecord { .question(self) }

    public func listing(_ index: DatasetIndex) -> (title: String, detail: String) { (text, "open question") }
}
