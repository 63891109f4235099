extension Note: Record {
    public static let kind = RecordKind.note
    public var supportingSpan: SourceSpan? { span }
    public var anyRecord: AnyRecord { .note(self) }

    public func listing(_ index: DatasetIndex) -> (title: String, detail: String) {
        (text, "note on " + about.joined(separator: ", "))
    }

    /// The pillars it is about.
    public func pillarIDs(_ index: DatasetIndex) -> [String] { about.filter { index.pillarOfID[$0] != nil } }

    /// The actors it is about.
    public func actorIDs(_ index: DatasetIndex) -> [String] { about.filter { index.actorOfID[$0] != nil } }

    /// The people it is about and the speakers of the quotes it is about (the one linkage rule, DECISIONS 53).
    public func speakerIDs(_ index: DatasetIndex) -> [String] {
        about.filter { index.personOfID[$0] != nil } + about.compactMap { index.quote(id: $0)?.speaker }
    }

    /// The records it is about, of whatever kind.
    public func linkedRefs(_ index: DatasetIndex) -> [RecordRef] { about.compactMap(index.ref(id:)) }
}
