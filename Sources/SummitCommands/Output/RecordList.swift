import SummitModel

/// What a list command prints (`ListCommand`): its records, the query its JSON document names, what to say when
/// there are none, and how plain text lays the records out.
struct RecordList {
    let records: [AnyRecord]
    let query: [String: String]
    let emptyMessage: String
    let plain: (inout PlainPage, PlainRecords) -> Void

    init(
        _ records: [AnyRecord], query: [String: String] = [:], empty: String,
        plain: @escaping (inout PlainPage, PlainRecords) -> Void
    ) {
        self.records = records
        self.query = query
        emptyMessage = empty
        self.plain = plain
    }

    /// Records of one kind, each laid out by `each` and followed by a blank line.
    init<R: Record>(
        _ records: [R], query: [String: String] = [:], empty: String,
        each: @escaping (R, PlainRecords, inout PlainPage) -> Void
    ) {
        self.init(records.map(\.anyRecord), query: query, empty: empty) { page, plain in
            for record in records {
                each(record, plain, &page)
                page.blank()
            }
        }
    }
}
