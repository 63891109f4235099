/// Whether an event is reported as fact by the article or only claimed by a party.
public enum EventStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case reported, claim
}
