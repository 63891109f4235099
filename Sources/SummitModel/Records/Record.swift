// The record kinds of a dataset. Every record carries the span of article text that supports it.

/// What every kind of record answers for itself, so code that handles any record asks the record rather than
/// switching on its kind. A new kind is its model type conforming here (in `<Kind>+Record.swift`), a case of
/// `RecordKind` and `AnyRecord`, an array in `Dataset`, its validation reader, its compact form for the dataset cache
/// (`<Kind>+Compact.swift`), one renderer in the explorer and one plain formatter on the command line.
public protocol Record: Hashable, Sendable, Codable, Identifiable, CompactValue where ID == String {
    /// The kind every record of this type is.
    static var kind: RecordKind { get }
    /// Plural name, the dataset's JSON key for the kind and the name of its list command.
    static var plural: String { get }
    /// Where a dataset keeps the records of this kind (`Dataset.records`; the loader fills it through `Dataset.set`).
    static var inDataset: WritableKeyPath<Dataset, [Self]> { get }
    /// Reads one record of this kind from a dataset file, reporting every problem (Validation/).
    static func read(_ reader: RecordReader) -> Self?
    var id: String { get }
    /// The span that supports the record as a whole; nil only for a note on the data that has none.
    var supportingSpan: SourceSpan? { get }
    /// Every span the record carries (an actor's stance basis and roles, an event's disputes, besides its own):
    /// the article offsets that lead back to it (`DatasetIndex.records(supportedBy:)`).
    var spans: [SourceSpan] { get }
    /// What the record is called, in full and standing alone (the whole quotation, "Pillar 1: …"): the one title,
    /// which heads its passage; a list shortens it and adds names from other records (`listing`).
    var heading: String { get }
    /// The title and detail a list shows (raw dataset text, possibly with line breaks: `DatasetIndex.summary`
    /// makes them one line). Names of other records, such as a quote's speaker, come from the index.
    func listing(_ index: DatasetIndex) -> (title: String, detail: String)
    /// Writes what search finds the record by: first what it is called (head), then what it says (body).
    func describe(to search: inout SearchFields)
    /// Whether users name records of this kind when they type a value (`--actor`, `:pillar`, `--speaker`).
    static var isTypedByName: Bool { get }
    /// The names, besides its id, a user may type for it (only for kinds typed by name).
    var typedNames: [String] { get }
    /// Whether the last word of a typed name alone also names the record (a person's surname).
    static var surnameNamesIt: Bool { get }
    /// Pillar ids the record bears on, for the pillar facet. What each facet means per kind: DatasetIndex+Facets.swift.
    func pillarIDs(_ index: DatasetIndex) -> [String]
    /// Actor ids the record involves, for the actor and stance facets.
    func actorIDs(_ index: DatasetIndex) -> [String]
    /// Person ids of the record's speakers, for the speaker facet (only quotes and people have any).
    func speakerIDs(_ index: DatasetIndex) -> [String]
    /// The records the explorer's cross-filter shows beside this one, apart from the notes about it, which every
    /// kind has (`DatasetIndex.linked(to:)` adds those). May name ids the dataset lacks; the index drops them.
    func linkedRefs(_ index: DatasetIndex) -> [RecordRef]
    /// This record as a value of any kind.
    var anyRecord: AnyRecord { get }
}

extension Record {
    public var ref: RecordRef { RecordRef(kind: Self.kind, id: id) }

    public var spans: [SourceSpan] { supportingSpan.map { [$0] } ?? [] }

    public static var isTypedByName: Bool { false }
    public var typedNames: [String] { [] }
    public static var surnameNamesIt: Bool { false }

    public func speakerIDs(_ index: DatasetIndex) -> [String] { [] }
}

extension Array where Element == String {
    /// These ids as refs of one kind.
    func refs(_ kind: RecordKind) -> [RecordRef] { map { RecordRef(kind: kind, id: $0) } }
}
