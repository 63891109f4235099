import ArgumentParser
import FoundationEssentials
import SummitModel

struct SearchCommand: ParsableCommand, FormattedCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search every kind of record; best matches first, each naming its kind and id.",
        discussion: """
            Case and accents do not matter; several words must all match. A word no record holds \
            gets "did you mean" the nearest indexed words, and exits 1.

            EXAMPLES:
              summit search ceasefire
              summit search troops ukraine
              summit search troops --kind event
              summit search oreshnik --json | jq -r '.results[] | "\\(.kind) \\(.id)"'
            """
    )

    @Argument(help: ArgumentHelp("Words to look for.", valueName: "QUERY"))
    var words: [String]

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Only records of this kind (pillar, actor, person, quote, figure, event, question, note).",
            valueName: "KIND"),
        completion: .list(RecordKind.allCases.map(\.rawValue)))
    var kind: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if words.allSatisfy({ $0.trimmingBlanks().isEmpty }) {
            throw ValidationError("Give at least one word to search for, e.g. `summit search ceasefire`.")
        }
    }

    func run() throws {
        let index = try output.loadIndex()
        let query = words.joined(separator: " ")
        var facets = Facets()
        var queryFields = ["query": query]
        if let kind {
            let found = try NameResolution.kind(kind, in: index)
            facets.kinds = [found]
            queryFields["kind"] = found.rawValue
        }
        let maker = EntryMaker(index)
        typealias Found = (hit: SearchHit, record: AnyRecord, summary: RecordSummary)
        let found: [Found] = index.search(query, facets: facets).compactMap { hit in
            guard let record = index.record(hit.ref), let summary = index.summary(of: hit.ref) else { return nil }
            return (hit, record, summary)
        }
        // A word no record holds is a near miss: its suggestions replace the (empty) result document.
        let failure = found.isEmpty ? nothingFound(query, index: index, facets: facets) : nil
        if let failure, failure.suggestions != nil { throw failure }
        switch output.chosenFormat {
        case .json:
            let entries = found.map { item -> RecordEntry in
                var entry = maker.entry(item.record)
                entry.score = item.hit.score
                entry.title = item.summary.title
                entry.detail = item.summary.detail
                return entry
            }
            try Console.out(
                JSONOutput.encode(
                    ListDocument(
                        command: "search", query: queryFields, count: entries.count,
                        results: entries)))
        case .csv, .tsv:
            let entries = found.map { maker.entry($0.record) }
            try Console.out(RecordColumns.table(entries, index: index).text(output.chosenFormat))
        case .plain where !found.isEmpty:
            var page = PlainPage(console: output.console)
            let rows = found.map { item -> [Segment] in
                let title = item.summary.title
                // Long details (notes) would bury the next hit: keep a glance's worth; --json has it whole.
                let detail = TextWidth.truncate(item.summary.detail, to: 100)
                return [
                    Segment(item.record.kind.rawValue, .strong),
                    Segment(detail.isEmpty ? title : title + " \u{2014} " + detail),
                    Segment(maker.reference(item.record), .faint),
                ]
            }
            page.table(header: ["KIND", "MATCH", "SOURCE"], rows: rows, flexible: 1)
            try Console.out(page.text)
        case .plain:
            break
        }
        if let failure { throw failure }
    }

    /// A word no record holds gets "did you mean" from the indexed words; words that each match but never
    /// together get advice to drop one.
    private func nothingFound(_ query: String, index: DatasetIndex, facets: Facets) -> CommandFailure {
        let near = index.nearestWords(to: query)
        if !near.isEmpty {
            let words = near.map(SafeName.line).joined(separator: ", or ")
            return .nearMiss(
                "summit: nothing matches \(SafeName.quoted(query)). Did you mean \(words)?",
                suggestions: near)
        }
        let scope = facets.kinds.isEmpty ? "" : " among \(facets.kinds.map(\.plural).sorted().joined(separator: ", "))"
        return .noMatch(
            "summit: nothing matches \(SafeName.quoted(query))\(scope). Every word must match; try fewer words.")
    }
}
