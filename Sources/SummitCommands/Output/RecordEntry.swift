import SummitModel

/// One record in a result list: what it is, where it comes from, and the record itself.
struct RecordEntry: Encodable, Sendable {
    let kind: RecordKind
    let id: String
    /// The article paragraph the record's span starts in (as numbered by `summit source`); 0 when it has no span.
    let paragraph: Int
    let record: AnyRecord
    /// Only in search results: higher is better.
    var score: Int? = nil
    /// Only in search results: the one-line title and detail shown in lists.
    var title: String? = nil
    var detail: String? = nil
}
