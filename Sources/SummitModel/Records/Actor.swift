/// A country or body whose position the article gives.
public struct Actor: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    public let name: String
    public let kind: ActorKind
    /// Other names a user may type (UK, Britain, London…). Matched case- and accent-insensitively.
    public let aliases: [String]
    public let stance: Stance
    public let roles: [Role]
    /// Where the article first introduces the actor's position.
    public let span: SourceSpan

    public init(
        id: String, name: String, kind: ActorKind, aliases: [String], stance: Stance, roles: [Role], span: SourceSpan
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.stance = stance
        self.roles = roles
        self.span = span
    }
}
