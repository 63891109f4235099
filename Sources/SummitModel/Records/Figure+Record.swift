extension Figure: Record {
    public static let kind = RecordKind.figure
    public static let plural = "figures"
    public static var inDataset: WritableKeyPath<Dataset, [Self]> { \.figures }
    public static func read(_ reader: RecordReader) -> Figure? { reader.validator.figure(reader.node) }
    public var supportingSpan: SourceSpan? { span }
    public var anyRecord: AnyRecord { .figure(self) }
    public var heading: String { label }

    public func listing(_ index: DatasetIndex) -> (title: String, detail: String) { (heading, printedAmount) }

    public func describe(to search: inout SearchFields) {
        search.name(label)
        search.field(label)
        search.field(id)
        search.endHead()
        search.field(qualifier)
        search.field(SearchText.number(value))
        search.field(upper.map(SearchText.number))
        search.field(unit)
        let actorName = actor.flatMap { search.actorName($0) }
        search.field(actorName)
        search.field(note)
    }

    public func pillarIDs(_ index: DatasetIndex) -> [String] { [] }

    public func actorIDs(_ index: DatasetIndex) -> [String] { actor.map { [$0] } ?? [] }

    public func linkedRefs(_ index: DatasetIndex) -> [RecordRef] { actorIDs(index).refs(.actor) }
}

extension Figure {
    /// The amount as printed: qualifier, number or range, unit ("just over 70,000 full-time personnel",
    /// "50,000–100,000 troops"). The one way both front ends write a figure.
    public var printedAmount: String {
        var amount = Figure.grouped(value)
        if let upper { amount += "–" + Figure.grouped(upper) }
        return [qualifier, amount, unit].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
    }

    /// Thousands grouped with commas, whole numbers without ".0"; locale-free, so output is the same everywhere.
    public static func grouped(_ value: Double) -> String {
        // Validation keeps figures within ±(2^53 − 1); a value built in code beyond Int64 still must not trap.
        guard value == value.rounded(), let whole = Int64(exactly: value.magnitude) else { return "\(value)" }
        let digits = String(whole)
        var grouped = ""
        for (i, digit) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (value < 0 ? "-" : "") + grouped
    }
}
