extension Quote: Record {
    public static let kind = RecordKind.quote
    public static let plural = "quotes"
    public static var inDataset: WritableKeyPath<Dataset, [Self]> { \.quotes }
    public static func read(_ reader: RecordReader) -> Quote? { reader.validator.quote(reader.node) }
    public var supportingSpan: SourceSpan? { span }
    public var anyRecord: AnyRecord { .quote(self) }
    /// The whole quotation in its marks.
    public var heading: String { "“" + text + "”" }

    /// Longest excerpt of the words shown in a quote's title, in characters.
    static let titleLength = 60

    /// The speaker's surname and the words cut to `titleLength`: "Buras: “The declaration…”".
    public func listing(_ index: DatasetIndex) -> (title: String, detail: String) {
        let surname = speaker.flatMap { index.person(id: $0)?.surname }
        let words = "“" + DatasetIndex.truncated(text, to: Quote.titleLength) + "”"
        let detail = [attribution, venue].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
        return (surname.map { "\($0): \(words)" } ?? words, detail)
    }

    public func describe(to search: inout SearchFields) {
        let speakerName = speaker.flatMap { search.personName($0) }
        search.field(speakerName)
        search.field(id)
        search.endHead()
        search.field(text)
        search.field(attribution)
        search.field(venue)
        search.field(note)
        search.actors(actors)
        search.pillars(pillars)
    }

    public func pillarIDs(_ index: DatasetIndex) -> [String] { pillars }

    /// Its actors, and the actor its speaker speaks for.
    public func actorIDs(_ index: DatasetIndex) -> [String] {
        guard let speaker, let actor = index.tables.actorOfPerson[speaker] else { return actors }
        return actors + [actor]
    }

    public func speakerIDs(_ index: DatasetIndex) -> [String] { speaker.map { [$0] } ?? [] }

    public func linkedRefs(_ index: DatasetIndex) -> [RecordRef] {
        speakerIDs(index).refs(.person) + pillars.refs(.pillar) + actorIDs(index).refs(.actor)
    }
}
