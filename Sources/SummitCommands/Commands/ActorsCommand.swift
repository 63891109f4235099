import ArgumentParser
import SummitModel

struct ActorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "actors",
        abstract: "Every country and body whose position the article gives, with its stance on troops in Ukraine.",
        discussion: """
            A stance is an interpretation of the article; `summit actor NAME` shows the text it rests on. \
            Stances: \(StanceValue.allCases.map(\.rawValue).joined(separator: ", ")).

            EXAMPLES:
              summit actors
              summit actors --stance rules-out
              summit actors --stance open --json
            """
    )

    @Option(name: .long, help: ArgumentHelp("Only actors with this stance (e.g. rules-out, open, conditional).", valueName: "STANCE"),
            completion: .list(StanceValue.allCases.map(\.rawValue)))
    var stance: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let index = try output.loadIndex()
        let dataset = index.dataset
        var actors = dataset.actors
        var query: [String: String] = [:]
        if let stance {
            let value = try StanceArgument.resolve(stance)
            actors = actors.filter { $0.stance.value == value }
            query["stance"] = value.rawValue
        }
        try ListOutput.emit(command: "actors", query: query, records: actors.map(AnyRecord.actor), index: index,
                            options: output,
                            emptyMessage: "summit: no actor has the stance \u{2018}\(stance ?? "")\u{2019}. Try `summit actors` for all.") { page, plain in
            plain.actorTable(actors, into: &page)
        }
    }
}

/// Stances are a closed vocabulary: an unknown one is a usage error that lists the valid values.
enum StanceArgument {
    static func resolve(_ token: String) throws -> StanceValue {
        let folded = token.lowercased().replacingSpaces()
        if let value = StanceValue.allCases.first(where: { $0.rawValue == folded || $0.label.replacingSpaces() == folded }) {
            return value
        }
        throw CommandFailure.usage("""
            summit: unknown stance \(SafeName.quoted(token)).
            Use one of: \(StanceValue.allCases.map(\.rawValue).joined(separator: ", ")).
            """)
    }
}

extension String {
    fileprivate func replacingSpaces() -> String {
        String(map { $0 == " " || $0 == "_" ? "-" : $0 })
    }
}
