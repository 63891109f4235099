import SummitModel

/// Builds result entries: the record plus the paragraph it starts in.
struct EntryMaker {
    let paragraphs: Paragraphs

    init(_ index: DatasetIndex) { paragraphs = index.paragraphs }

    /// For a caller that has already numbered the article's paragraphs.
    init(paragraphs: Paragraphs) { self.paragraphs = paragraphs }

    func entry(_ record: AnyRecord) -> RecordEntry {
        RecordEntry(
            kind: record.kind, id: record.id, paragraph: record.span.map { paragraphs.number(at: $0.start) } ?? 0,
            record: record)
    }

    /// `[poland ¶12]`: the id to pass to `summit source --record`, and the paragraph to find by eye.
    func reference(_ record: AnyRecord) -> String {
        reference(id: record.id, span: record.span)
    }

    func reference(id: String?, span: SourceSpan?) -> String {
        paragraphs.reference(id: id, span: span, glue: PlainPage.glue)
    }
}
