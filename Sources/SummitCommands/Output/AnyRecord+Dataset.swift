import SummitModel

extension AnyRecord {
    var kind: RecordKind {
        switch self {
        case .pillar: .pillar
        case .actor: .actor
        case .person: .person
        case .quote: .quote
        case .figure: .figure
        case .event: .event
        case .question: .question
        case .note: .note
        }
    }

    var id: String {
        switch self {
        case .pillar(let r): r.id
        case .actor(let r): r.id
        case .person(let r): r.id
        case .quote(let r): r.id
        case .figure(let r): r.id
        case .event(let r): r.id
        case .question(let r): r.id
        case .note(let r): r.id
        }
    }

    /// The span that supports the record as a whole (a note may have none).
    var span: SourceSpan? {
        switch self {
        case .pillar(let r): r.span
        case .actor(let r): r.span
        case .person(let r): r.span
        case .quote(let r): r.span
        case .figure(let r): r.span
        case .event(let r): r.span
        case .question(let r): r.span
        case .note(let r): r.span
        }
    }

    /// A one-line name for the record in headings and messages.
    var title: String {
        switch self {
        case .pillar(let r): "Pillar \(r.number): \(r.title)"
        case .actor(let r): r.name
        case .person(let r): r.name
        case .quote(let r): "\u{201C}\(r.text)\u{201D}"
        case .figure(let r): r.label
        case .event(let r): r.summary
        case .question(let r): r.text
        case .note(let r): r.text
        }
    }
}

extension Dataset {
    /// Every record, in kind order then dataset order.
    var allRecords: [AnyRecord] {
        pillars.map(AnyRecord.pillar) + actors.map(AnyRecord.actor) + people.map(AnyRecord.person)
            + quotes.map(AnyRecord.quote) + figures.map(AnyRecord.figure) + events.map(AnyRecord.event)
            + questions.map(AnyRecord.question) + notes.map(AnyRecord.note)
    }

    /// The record with this id (ids are unique across the dataset), matched exactly, then case-insensitively.
    func record(id: String) -> AnyRecord? {
        let all = allRecords
        return all.first { $0.id == id } ?? all.first { $0.id.lowercased() == id.lowercased() }
    }

    func actorName(_ id: String) -> String { actors.first { $0.id == id }?.name ?? id }
    func personNamed(_ id: String) -> Person? { people.first { $0.id == id } }
    func pillarNumber(_ id: String) -> String { pillars.first { $0.id == id }.map { String($0.number) } ?? id }
}

/// Builds result entries: the record plus the paragraph it starts in.
struct EntryMaker {
    let paragraphs: Paragraphs

    init(_ dataset: Dataset) { paragraphs = Paragraphs(text: dataset.source.text) }

    /// For a caller that has already numbered the article's paragraphs.
    init(paragraphs: Paragraphs) { self.paragraphs = paragraphs }

    func entry(_ record: AnyRecord) -> RecordEntry {
        RecordEntry(kind: record.kind, id: record.id, paragraph: record.span.map { paragraphs.number(at: $0.start) } ?? 0,
                    record: record)
    }

    /// `[poland ¶12]`: the id to pass to `summit source --record`, and the paragraph to find by eye.
    func reference(_ record: AnyRecord) -> String {
        reference(id: record.id, span: record.span)
    }

    func reference(id: String?, span: SourceSpan?) -> String {
        let parts = [id, span.map(paragraphs.label(for:))].compactMap { $0 }
        return "[" + parts.joined(separator: String(PlainPage.glue)) + "]"
    }
}
