/// What every kind of record answers for itself, so code that handles any record asks the record rather than
/// switching on its kind. A new kind is its model type conforming here (plus a case of `AnyRecord`), one renderer
/// in the explorer and one plain formatter on the command line.
public protocol Record: Hashable, Sendable, Codable, Identifiable where ID == String {
    /// The kind every record of this type is.
    static var kind: RecordKind { get }
    var id: String { get }
    /// The span that supports the record as a whole; nil only for a note on the data that has none.
    var supportingSpan: SourceSpan? { get }
    /// The title and detail a list shows (raw dataset text, possibly with line breaks: `DatasetIndex.summary`
    /// makes them one line). Names of other records, such as a quote's speaker, come from the index.
    func listing(_ index: DatasetIndex) -> (title: String, detail: String)
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

    public func speakerIDs(_ index: DatasetIndex) -> [String] { [] }
}

extension Array where Element == String {
    /// These ids as refs of one kind.
    func refs(_ kind: RecordKind) -> [RecordRef] { map { RecordRef(kind: kind, id: $0) } }
}
