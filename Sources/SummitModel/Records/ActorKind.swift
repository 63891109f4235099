/// What kind of party an actor is.
public enum ActorKind: String, Hashable, Sendable, Codable, CaseIterable {
    case country, coalition, organisation
}
