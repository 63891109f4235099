import FoundationEssentials
import ArgumentParser
import SummitModel

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search every kind of record; best matches first, each naming its kind and id.",
        discussion: """
            Case and accents do not matter; several words must all match.

            EXAMPLES:
              summit search ceasefire
              summit search troops ukraine
              summit search oreshnik --json | jq -r '.results[] | "\\(.kind) \\(.id)"'
            """
    )

    @Argument(help: ArgumentHelp("Words to look for.", valueName: "QUERY"))
    var words: [String]

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if words.allSatisfy({ $0.trimmingBlanks().isEmpty }) {
            throw ValidationError("Give at least one word to search for, e.g. `summit search ceasefire`.")
        }
    }

    func run() throws {
        let index = try output.loadIndex()
        let query = words.joined(separator: " ")
        let maker = EntryMaker(index)
        typealias Found = (hit: SearchHit, record: AnyRecord, summary: RecordSummary)
        let found: [Found] = index.search(query).compactMap { hit in
            guard let record = index.record(hit.ref), let summary = index.summary(of: hit.ref) else { return nil }
            return (hit, record, summary)
        }
        if output.json {
            let entries = found.map { item -> RecordEntry in
                var entry = maker.entry(item.record)
                entry.score = item.hit.score
                entry.title = item.summary.title
                entry.detail = item.summary.detail
                return entry
            }
            Console.out(JSONOutput.encode(ListDocument(command: "search", query: ["query": query], count: entries.count, results: entries)))
        } else if !found.isEmpty {
            var page = PlainPage(console: output.console)
            let rows = found.map { item -> [Segment] in
                let title = item.summary.title
                // Long details (notes) would bury the next hit: keep a glance's worth; --json has it whole.
                let detail = TextWidth.truncate(item.summary.detail, to: 100)
                return [Segment(item.record.kind.rawValue, .strong), Segment(detail.isEmpty ? title : title + " \u{2014} " + detail),
                        Segment(maker.reference(item.record), .faint)]
            }
            page.table(header: ["KIND", "MATCH", "SOURCE"], rows: rows, flexible: 1)
            Console.out(page.text)
        }
        if found.isEmpty {
            throw CommandFailure.noMatch("summit: nothing matches \(SafeName.quoted(query)). Every word must match; try fewer words.")
        }
    }
}
