import ArgumentParser
import SummitModel

struct ActorsCommand: ListCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "Every country and body whose position the article gives, with its stance on troops in Ukraine.",
        discussion: """
            A stance is an interpretation of the article; `summit actor NAME` shows the text it rests on. \
            Stances: \(StanceValue.allCases.map(\.rawValue).joined(separator: ", ")) — spelt with spaces or \
            hyphens, in any case, as the explorer's :stance takes them; a near miss answers "did you mean".

            EXAMPLES:
              summit actors
              summit actors --stance rules-out
              summit actors --stance open --json
            """
    )

    @Option(
        name: .long,
        help: ArgumentHelp("Only actors with this stance (e.g. rules-out, open, conditional).", valueName: "STANCE"),
        completion: .list(StanceValue.allCases.map(\.rawValue)))
    var stance: String?

    @OptionGroup var output: OutputOptions

    func list(_ index: DatasetIndex) throws -> RecordList {
        var actors = index.dataset.actors
        var query: [String: String] = [:]
        if let stance {
            let value = try NameResolution.stance(stance, in: index)
            actors = actors.filter { $0.stance.value == value }
            query["stance"] = value.rawValue
        }
        return RecordList(
            actors.map(\.anyRecord), query: query,
            empty: "summit: no actor has the stance \(SafeName.quoted(stance ?? "")). Try `summit actors` for all."
        ) { page, plain in
            plain.actorTable(actors, into: &page)
        }
    }
}
