extension Event: Record {
    public static let kind = RecordKind.event
    public var supportingSpan: SourceSpan? { span }
    public var anyRecord: AnyRecord { .event(self) }

    public func listing(_ index: DatasetIndex) -> (title: String, detail: String) {
        let standing = status == .claim ? "claim" + (disputes.isEmpty ? "" : ", disputed") : "reported"
        return (summary, [when, standing].compactMap { $0 }.joined(separator: " · "))
    }
}
