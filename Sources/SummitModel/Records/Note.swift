/// A note on the data itself: an ambiguity or mismatch in the article, shown rather than resolved.
public struct Note: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    public let text: String
    /// Ids of the records the note is about.
    public let about: [String]
    public let span: SourceSpan?

    public init(id: String, text: String, about: [String], span: SourceSpan?) {
        self.id = id
        self.text = text
        self.about = about
        self.span = span
    }
}
