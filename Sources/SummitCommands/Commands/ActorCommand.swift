import ArgumentParser
import SummitModel

struct ActorCommand: ParsableCommand, FormattedCommand {
    static let configuration = CommandConfiguration(
        commandName: "actor",
        abstract: "One actor: its stance and the text it rests on, roles, people, quotes, figures and events.",
        discussion: """
            NAME is an id, a name or any alias, in any case and with or without accents \
            (uk, Britain, London; türkiye, turkiye). A near miss prints "did you mean …" and exits 1.

            EXAMPLES:
              summit actor poland
              summit actor britain
              summit actor turkiye --json
            """
    )

    @Argument(
        help: ArgumentHelp("The actor's id, name or alias.", valueName: "NAME"), completion: CompletionWords.actors)
    var name: [String]

    @OptionGroup var output: OutputOptions

    func run() throws {
        let index = try output.loadIndex()
        let wanted = name.joined(separator: " ")
        let actor = try NameResolution.actor(wanted, in: index)
        let profile = ActorProfile(actor: actor, index: index)
        switch output.chosenFormat {
        case .json:
            try Console.out(JSONOutput.encode(profile.document(query: wanted)))
        case .csv, .tsv:
            // The actor first, then everything related to it, each row in the one set of record columns.
            let maker = EntryMaker(index)
            let entries = [maker.entry(.actor(actor))] + profile.related.map(maker.entry)
            try Console.out(RecordColumns.table(entries, index: index).text(output.chosenFormat))
        case .plain:
            var page = PlainPage(console: output.console)
            profile.plain(into: &page)
            try Console.out(page.text)
        }
    }
}
