/// A question the article leaves open.
public struct Question: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    public let text: String
    public let span: SourceSpan
    public let pillars: [String]
    public let actors: [String]

    public init(id: String, text: String, span: SourceSpan, pillars: [String] = [], actors: [String] = []) {
        self.id = id
        self.text = text
        self.span = span
        self.pillars = pillars
        self.actors = actors
    }
}
