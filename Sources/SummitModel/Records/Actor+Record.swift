extension Actor: Record {
    public static let kind = RecordKind.actor
    public var supportingSpan: SourceSpan? { span }
    public var anyRecord: AnyRecord { .actor(self) }

    public func listing(_ index: DatasetIndex) -> (title: String, detail: String) {
        let also = aliases.isEmpty ? "" : " · also " + aliases.joined(separator: ", ")
        return (name, "\(kind.rawValue) · stance: \(stance.value.label)\(also)")
    }
}
