extension Quote: Record {
    public static let kind = RecordKind.quote
    public var supportingSpan: SourceSpan? { span }
    public var anyRecord: AnyRecord { .quote(self) }

    /// Longest excerpt of the words shown in a quote's title, in characters.
    static let titleLength = 60

    public func listing(_ index: DatasetIndex) -> (title: String, detail: String) {
        let surname = speaker.flatMap { index.person(id: $0)?.surname }
        let words = "“" + DatasetIndex.truncated(text, to: Quote.titleLength) + "”"
        let detail = [attribution, venue].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
        return (surname.map { "\($0): \(words)" } ?? words, detail)
    }
}
