import ArgumentParser
import SummitModel

struct QuotesCommand: ListCommand {
    static let configuration = CommandConfiguration(
        commandName: "quotes",
        abstract: "Every quotation, verbatim, with speaker and attribution; filter by speaker, actor or pillar.",
        discussion: """
            Filters combine (all must hold). A speaker is a full name, a surname or an id; an actor any \
            name or alias; a pillar its number, id or words from its title.

            EXAMPLES:
              summit quotes
              summit quotes --speaker buras
              summit quotes --actor us --pillar 3
              summit quotes --speaker gretskiy --json | jq -r '.results[].record.text'
            """
    )

    @Option(
        name: .long, help: ArgumentHelp("Only quotes by this person (name, surname or id).", valueName: "SPEAKER"),
        completion: CompletionWords.people)
    var speaker: String?

    @Option(
        name: .long, help: ArgumentHelp("Only quotes bearing on this actor (name, alias or id).", valueName: "ACTOR"),
        completion: CompletionWords.actors)
    var actor: String?

    @Option(
        name: .long,
        help: ArgumentHelp("Only quotes bearing on this pillar (number, id or words).", valueName: "PILLAR"),
        completion: CompletionWords.pillars)
    var pillar: String?

    @OptionGroup var output: OutputOptions

    func list(_ index: DatasetIndex) throws -> RecordList {
        var quotes = index.dataset.quotes
        var query: [String: String] = [:]
        // Each filter keeps the quotes it also finds, and names the resolved id in the JSON query.
        func narrow(_ key: String, to id: String, _ found: [Quote]) {
            let ids = Set(found.map(\.id))
            quotes = quotes.filter { ids.contains($0.id) }
            query[key] = id
        }
        if let speaker {
            let person = try NameResolution.person(speaker, in: index)
            narrow("speaker", to: person.id, index.quotes(bySpeaker: person.id))
        }
        if let actor {
            let found = try NameResolution.actor(actor, in: index)
            narrow("actor", to: found.id, index.quotes(onActor: found.id))
        }
        if let pillar {
            let found = try NameResolution.pillar(pillar, in: index)
            narrow("pillar", to: found.id, index.quotes(onPillar: found.id))
        }
        return RecordList(
            quotes, query: query,
            empty: "summit: no quote matches all of those filters. Drop one, or see `summit quotes`."
        ) { quote, plain, page in
            plain.quote(quote, into: &page)
        }
    }
}
