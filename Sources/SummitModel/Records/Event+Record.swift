extension Event: Record {
    public static let kind = RecordKind.event
    public var supportingSpan: SourceSpan? { span }
    public var anyRecord: AnyRecord { .event(self) }

    public func listing(_ index: DatasetIndex) -> (title: String, detail: String) {
        let standing = status == .claim ? "claim" + (disputes.isEmpty ? "" : ", disputed") : "reported"
        return (summary, [when, standing].compactMap { $0 }.joined(separator: " · "))
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
