/// A party disputing a claim.
public struct Dispute: Hashable, Sendable, Codable {
    /// Actor id of the disputing party.
    public let by: String
    public let text: String
    public let span: SourceSpan

    public init(by: String, text: String, span: SourceSpan) {
        self.by = by
        self.text = text
        self.span = span
    }
}
