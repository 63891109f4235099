extension Figure: Record {
    public static let kind = RecordKind.figure
    public var supportingSpan: SourceSpan? { span }
    public var anyRecord: AnyRecord { .figure(self) }

    public func listing(_ index: DatasetIndex) -> (title: String, detail: String) {
        var amount = SearchText.number(value).split(separator: " ").last.map(String.init) ?? ""
        if let upper {
            amount += "–" + (SearchText.number(upper).split(separator: " ").last.map(String.init) ?? "")
        }
        let detail = [qualifier, amount, unit].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        return (label, detail)
    }

    public func pillarIDs(_ index: DatasetIndex) -> [String] { [] }

    public func actorIDs(_ index: DatasetIndex) -> [String] { actor.map { [$0] } ?? [] }

    public func linkedRefs(_ index: DatasetIndex) -> [RecordRef] { actorIDs(index).refs(.actor) }
}
