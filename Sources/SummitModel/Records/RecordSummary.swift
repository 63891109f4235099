/// What a list shows for a record: one title line, one detail line, and where the article supports it.
public struct RecordSummary: Hashable, Sendable {
    public let ref: RecordRef
    /// E.g. "Poland", "Buras: “The declaration…”". Raw dataset text: sanitize before printing.
    public let title: String
    /// One line (line breaks become spaces). Raw dataset text: sanitize before printing.
    public let detail: String
    /// The record's supporting span; an empty span at 0 for a note that has none.
    public let span: SourceSpan

    public init(ref: RecordRef, title: String, detail: String, span: SourceSpan) {
        self.ref = ref
        self.title = title
        self.detail = detail
        self.span = span
    }
}
