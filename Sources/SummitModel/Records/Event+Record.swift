extension Event: Record {
    public static let kind = RecordKind.event
    public static let plural = "events"
    public static var inDataset: WritableKeyPath<Dataset, [Self]> { \.events }
    public static func read(_ reader: RecordReader) -> Event? { reader.validator.event(reader.node) }
    public var supportingSpan: SourceSpan? { span }
    public var spans: [SourceSpan] { [span] + disputes.map(\.span) }
    public var anyRecord: AnyRecord { .event(self) }
    public var heading: String { summary }

    public func listing(_ index: DatasetIndex) -> (title: String, detail: String) {
        let standing = status == .claim ? "claim" + (disputes.isEmpty ? "" : ", disputed") : "reported"
        return (heading, [when, standing].compactMap { $0 }.joined(separator: " · "))
    }

    public func describe(to search: inout SearchFields) {
        search.field(summary)
        search.field(id)
        search.endHead()
        search.field(when)
        search.field(status.rawValue)
        search.actors(partyIDs)
        for dispute in disputes { search.field(dispute.text) }
    }

    /// Actors the event involves: its actors, the claimant and the disputing parties.
    public var partyIDs: [String] {
        var ids = actors
        if let claimedBy { ids.append(claimedBy) }
        ids.append(contentsOf: disputes.map(\.by))
        return ids
    }

    public func pillarIDs(_ index: DatasetIndex) -> [String] { [] }

    public func actorIDs(_ index: DatasetIndex) -> [String] { partyIDs }

    public func linkedRefs(_ index: DatasetIndex) -> [RecordRef] { partyIDs.refs(.actor) }
}
