/// The envelope of list commands (pillars, actors, quotes, figures, events, questions, search).
struct ListDocument: Encodable {
    let command: String
    /// The filters or query as given, so a saved document says what it answers.
    let query: [String: String]
    let count: Int
    let results: [RecordEntry]
}
