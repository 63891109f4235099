/// An actor's position on sending its own troops into Ukraine. A closed vocabulary
/// (documented in docs/dataset-format.md); always an interpretation of the article.
public enum StanceValue: String, Hashable, Sendable, Codable, CaseIterable {
    /// Outlines steps for its own presence in Ukraine once there is a ceasefire.
    case plansPresence = "plans-presence"
    /// Signals openness or interest in contributing troops.
    case open
    /// Would contribute only under a stated condition (e.g. a UN mandate).
    case conditional
    /// Backs a peacekeeping force in principle; nothing said about its own troops.
    case supportsConcept = "supports-concept"
    /// Rules out deploying its own troops to Ukraine.
    case rulesOut = "rules-out"
    /// Opposes any foreign (NATO) troops in Ukraine.
    case opposes
    /// The country where a force would deploy.
    case host
    /// The article does not make it clear.
    case unclear
    /// Not a troop-sending party (e.g. the coalition as a body).
    case notApplicable = "not-applicable"

    /// A short word shown beside colour, so a stance never depends on colour alone.
    public var label: String {
        switch self {
        case .plansPresence: "plans presence"
        case .open: "open"
        case .conditional: "conditional"
        case .supportsConcept: "supports concept"
        case .rulesOut: "rules out"
        case .opposes: "opposes"
        case .host: "host"
        case .unclear: "unclear"
        case .notApplicable: "n/a"
        }
    }
}
