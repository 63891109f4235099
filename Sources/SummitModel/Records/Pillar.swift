/// A pillar of the declaration, as the article lists it.
public struct Pillar: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    /// 1-based position in the article's list.
    public let number: Int
    /// A short label for lists (our wording, kept close to the clause).
    public let title: String
    /// The clause verbatim from the article.
    public let text: String
    public let span: SourceSpan
    public let note: String?

    public init(id: String, number: Int, title: String, text: String, span: SourceSpan, note: String? = nil) {
        self.id = id
        self.number = number
        self.title = title
        self.text = text
        self.span = span
        self.note = note
    }
}
