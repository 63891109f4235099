/// A quoted fragment, verbatim.
public struct Quote: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    /// The words inside the quotation marks, exactly as printed (curly apostrophes included).
    public let text: String
    /// Exactly the quoted words in the article.
    public let span: SourceSpan
    /// Person id; nil when the article attributes the words to no person.
    public let speaker: String?
    /// How the article attributes the words, e.g. "Buras said" or "he told RTÉ News".
    public let attribution: String
    /// Fragments of one speaker's passage share a passage id.
    public let passage: String?
    /// Where it was said, when the article says (e.g. "RTÉ News").
    public let venue: String?
    public let pillars: [String]
    public let actors: [String]
    public let note: String?

    public init(
        id: String, text: String, span: SourceSpan, speaker: String?, attribution: String, passage: String? = nil,
        venue: String? = nil, pillars: [String] = [], actors: [String] = [], note: String? = nil
    ) {
        self.id = id
        self.text = text
        self.span = span
        self.speaker = speaker
        self.attribution = attribution
        self.passage = passage
        self.venue = venue
        self.pillars = pillars
        self.actors = actors
        self.note = note
    }
}
