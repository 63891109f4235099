extension Note: Record {
    public static let kind = RecordKind.note
    public var supportingSpan: SourceSpan? { span }
    public var anyRecord: AnyRecord { .note(self) }

    public func listing(_ index: DatasetIndex) -> (title: String, detail: String) {
        (text, "note on " + about.joined(separator: ", "))
    }
}
