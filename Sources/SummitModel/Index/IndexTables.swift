/// The tables of `DatasetIndex` built from the records' links, kept together so the dataset cache can store and read
/// them whole: the person → actor table, the reverse indexes (values are indexes into the dataset's arrays, in
/// dataset order, without duplicates) and the typed names. They cost most to rebuild at a million records (about
/// 1.3 s: a String hash per link, folding every typed name), so a cached start reads them back (DECISIONS 71). The id
/// tables are not among them: a dictionary of a million ids costs about as much to fill from stored keys as from
/// the records.
struct IndexTables {
    let actorOfPerson: [String: String]
    let quotesOnActor: [String: [Int]]
    let quotesOnPillar: [String: [Int]]
    let quotesBySpeaker: [String: [Int]]
    let actorsOnPillar: [String: [Int]]
    let pillarsOfActor: [String: [Int]]
    let peopleOfActor: [String: [Int]]
    let figuresOfActor: [String: [Int]]
    let eventsOfActor: [String: [Int]]
    let questionsOnActor: [String: [Int]]
    let questionsOnPillar: [String: [Int]]
    let notesAbout: [String: [Int]]
    let names: NameKeys
}
