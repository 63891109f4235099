import ArgumentParser
import SummitModel

struct SourceCommand: ParsableCommand, FormattedCommand {
    static let configuration = CommandConfiguration(
        commandName: "source",
        abstract: "The article with numbered paragraphs, or the passage that supports one record.",
        discussion: """
            The paragraph numbers match the ¶ references printed beside every record. With --record, \
            the supporting passage is shown inside its paragraph, marked ⟦like this⟧.

            EXAMPLES:
              summit source
              summit source --record poland
              summit source --record quote-buras-1 --json | jq -r .passage.text
            """
    )

    @Option(
        name: .long, help: ArgumentHelp("Show only the passage supporting the record with this id.", valueName: "ID"),
        completion: CompletionWords.records)
    var record: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let index = try output.loadIndex()
        let paragraphs = index.paragraphs
        guard let id = record else {
            switch output.chosenFormat {
            case .json: return try Console.out(JSONOutput.encode(ArticleDocument(index: index, paragraphs: paragraphs)))
            case .csv, .tsv: return try Console.out(articleTable(index, paragraphs).text(output.chosenFormat))
            case .plain: return try Console.out(plainArticle(index, paragraphs))
            }
        }
        let found = try NameResolution.record(id: id, in: index)
        guard let span = found.span else {
            throw CommandFailure.noMatch(
                "summit: \(found.kind.rawValue) \(SafeName.quoted(found.id)) has no source passage (it is a note on the data)."
            )
        }
        let passage = Passage(span: span, index: index, paragraphs: paragraphs)
        let entry = EntryMaker(paragraphs: paragraphs).entry(found)
        switch output.chosenFormat {
        case .json: try Console.out(JSONOutput.encode(PassageDocument(entry: entry, passage: passage)))
        case .csv, .tsv: try Console.out(RecordColumns.table([entry], index: index).text(output.chosenFormat))
        case .plain: try Console.out(plainPassage(found, passage, index: index, paragraphs: paragraphs))
        }
    }

    /// The article as a table: one row per paragraph, numbered as in the plain form.
    private func articleTable(_ index: DatasetIndex, _ paragraphs: Paragraphs) -> DelimitedTable {
        var table = DelimitedTable(header: ["paragraph", "start", "end", "text"])
        for number in paragraphs.starts.indices.map({ $0 + 1 }) {
            let range = paragraphs.range(ofParagraph: number, in: index)
            let text = index.sourceText(SourceSpan(start: range.lowerBound, end: range.upperBound))
            table.append([
                String(number), String(range.lowerBound), String(range.upperBound),
                text.replacingLineBreaks(),
            ])
        }
        return table
    }

    private func plainArticle(_ index: DatasetIndex, _ paragraphs: Paragraphs) -> String {
        var page = PlainPage(console: output.console)
        let source = index.dataset.source
        page.paragraph(source.title, tone: .strong)
        if let standfirst = source.standfirst { page.paragraph(standfirst) }
        page.paragraph(
            "By \(source.author), \(source.outlet)" + (source.credit.map { " \u{2014} " + $0 } ?? ""), tone: .faint)
        let margin = String(paragraphs.starts.count).count + 3
        for number in 1...max(1, paragraphs.starts.count) where !paragraphs.starts.isEmpty {
            let range = paragraphs.range(ofParagraph: number, in: index)
            page.blank()
            let text = index.sourceText(SourceSpan(start: range.lowerBound, end: range.upperBound))
            page.paragraph(
                text.replacingLineBreaks(), indent: margin,
                lead: Segment("¶\(number)", .faint))
        }
        return page.text
    }

    private func plainPassage(
        _ record: AnyRecord, _ passage: Passage, index: DatasetIndex,
        paragraphs: Paragraphs
    ) -> String {
        var page = PlainPage(console: output.console)
        // The record's full title (the whole quotation, not a list's shortened one), as `source` has always headed it.
        let title = record.value.heading
        let reference = EntryMaker(paragraphs: paragraphs).reference(record)
        page.heading([Segment(title, .strong)], right: [Segment(reference, .faint)])
        page.paragraph(
            "\(record.kind.rawValue) \(record.id) \u{00B7} \(passage.label) \u{00B7} characters \(passage.start)\u{2013}\(passage.end)",
            tone: .faint)
        page.blank()
        // The passage marked inside its paragraph: brackets always (they survive a pipe), bold too on a colour terminal.
        let before = Segment(passage.context.before.replacingLineBreaks())
        let marked = Segment("\u{27E6}" + passage.text.replacingLineBreaks() + "\u{27E7}", .strong)
        let after = Segment(passage.context.after.replacingLineBreaks())
        page.paragraph(before.text + marked.text + after.text)
        if page.console.color {
            // Re-wrap with the passage emphasised: wrapping works on plain text, so paint after the fact.
            page.emphasise(from: "\u{27E6}", to: "\u{27E7}")
        }
        return page.text
    }
}

extension String {
    /// Paragraph text on one logical line: a single line break inside a paragraph reads as a space.
    func replacingLineBreaks() -> String { String(map { $0 == "\n" || $0 == "\r\n" ? " " : $0 }) }
}
