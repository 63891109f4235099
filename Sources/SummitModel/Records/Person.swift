/// A named person the article mentions: speakers and office holders.
public struct Person: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    public let name: String
    public let role: String?
    public let organisation: String?
    /// The actor the person speaks or acts for, if any (an analyst may speak for none).
    public let actor: String?
    public let span: SourceSpan

    public init(id: String, name: String, role: String?, organisation: String?, actor: String?, span: SourceSpan) {
        self.id = id
        self.name = name
        self.role = role
        self.organisation = organisation
        self.actor = actor
        self.span = span
    }
}
