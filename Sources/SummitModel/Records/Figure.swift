/// A number the article gives, with unit, range and qualifier.
public struct Figure: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    public let label: String
    public let value: Double
    /// Upper end when the article gives a range ("50,000 to 100,000").
    public let upper: Double?
    public let unit: String
    /// "just over", "more than", "about"…, as printed.
    public let qualifier: String?
    public let actor: String?
    public let span: SourceSpan
    public let note: String?

    public init(
        id: String, label: String, value: Double, upper: Double? = nil, unit: String, qualifier: String? = nil,
        actor: String? = nil, span: SourceSpan, note: String? = nil
    ) {
        self.id = id
        self.label = label
        self.value = value
        self.upper = upper
        self.unit = unit
        self.qualifier = qualifier
        self.actor = actor
        self.span = span
        self.note = note
    }
}
