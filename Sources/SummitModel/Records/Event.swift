/// Something that happened, with the relative time the article gives. No calendar dates are invented.
public struct Event: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    public let summary: String
    /// Relative time as printed ("on Friday", "late December", "last year"); nil when none is given.
    public let when: String?
    public let actors: [String]
    public let status: EventStatus
    /// For a claim: the actor id making it.
    public let claimedBy: String?
    public let disputes: [Dispute]
    public let span: SourceSpan

    public init(
        id: String, summary: String, when: String?, actors: [String], status: EventStatus,
        claimedBy: String? = nil, disputes: [Dispute] = [], span: SourceSpan
    ) {
        self.id = id
        self.summary = summary
        self.when = when
        self.actors = actors
        self.status = status
        self.claimedBy = claimedBy
        self.disputes = disputes
        self.span = span
    }
}
