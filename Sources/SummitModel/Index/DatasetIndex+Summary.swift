// One-line summaries for lists. Each kind says its title and detail (`Record.listing`); text stays raw (sanitizing is
// the output's job) except that line breaks become spaces, since a summary is one line.

extension DatasetIndex {
    /// The record's list entry. Its `title` is the one title of a record, shown in lists, search results and headings.
    public func summary(of ref: RecordRef) -> RecordSummary? {
        guard let record = record(ref) else { return nil }
        let listing = record.value.listing(self)
        return RecordSummary(
            ref: ref, title: DatasetIndex.oneLine(listing.title),
            detail: DatasetIndex.oneLine(listing.detail), span: record.span ?? SourceSpan(start: 0, end: 0))
    }

    static func oneLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return String(text.map { $0.isNewline ? " " : $0 })
    }

    static func truncated(_ text: String, to length: Int) -> String {
        guard text.count > length else { return text }
        return String(text.prefix(length - 1)) + "…"
    }
}
