/// Names one record of a dataset: its kind and its id (ids are unique across the whole dataset).
///
/// Ordered by kind (in `RecordKind` order) then id, so sets of refs print deterministically.
/// Dataset order, where it matters, comes from `DatasetIndex.allRefs`.
public struct RecordRef: Hashable, Sendable, Comparable, Codable, CustomStringConvertible {
    public let kind: RecordKind
    public let id: String

    public init(kind: RecordKind, id: String) {
        self.kind = kind
        self.id = id
    }

    public static func < (lhs: RecordRef, rhs: RecordRef) -> Bool {
        if lhs.kind != rhs.kind { return lhs.kind.order < rhs.kind.order }
        return lhs.id < rhs.id
    }

    public var description: String { "\(kind.rawValue):\(id)" }
}

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

/// One search result. Higher scores rank first; ties keep kind order, then dataset order.
public struct SearchHit: Hashable, Sendable {
    public let ref: RecordRef
    public let score: Int

    public init(ref: RecordRef, score: Int) {
        self.ref = ref
        self.score = score
    }
}

extension RecordKind {
    /// Position in `RecordKind.allCases`: the order kinds are listed and ranked in.
    public var order: Int {
        switch self {
        case .pillar: 0
        case .actor: 1
        case .person: 2
        case .quote: 3
        case .figure: 4
        case .event: 5
        case .question: 6
        case .note: 7
        }
    }
}
