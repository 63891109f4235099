/// A role, contribution or statement the article attributes to an actor.
public struct Role: Hashable, Sendable, Codable {
    public let text: String
    public let span: SourceSpan
    /// Pillar ids this role bears on.
    public let pillars: [String]

    public init(text: String, span: SourceSpan, pillars: [String] = []) {
        self.text = text
        self.span = span
        self.pillars = pillars
    }
}
