import ArgumentParser
import SummitModel

struct SourceCommand: ParsableCommand {
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

    @Option(name: .long, help: ArgumentHelp("Show only the passage supporting the record with this id.", valueName: "ID"),
            completion: CompletionWords.records)
    var record: String?

    @OptionGroup var output: OutputOptions

    func run() throws {
        let index = try output.loadIndex()
        let paragraphs = index.paragraphs
        guard let id = record else {
            return output.json ? Console.out(JSONOutput.encode(ArticleDocument(index: index, paragraphs: paragraphs)))
                               : Console.out(plainArticle(index, paragraphs))
        }
        // Ids are lower-case by convention (docs/dataset-format.md), so `POLAND` finds `poland`.
        guard let found = index.record(id: id) ?? index.record(id: id.lowercased()) else {
            // Only on a miss: one pass over the ids for a few that start alike.
            let close = index.allRefs.lazy.map(\.id).filter { $0.hasPrefix(id.lowercased().prefix(3)) }.prefix(5)
            let hint = close.isEmpty ? "Ids are printed in brackets beside every record, e.g. [poland ¶12]."
                                     : "Did you mean \(close.joined(separator: ", or "))?"
            throw CommandFailure.noMatch("summit: no record has the id \(SafeName.quoted(id)). \(hint)")
        }
        guard let span = found.span else {
            throw CommandFailure.noMatch("summit: \(found.kind.rawValue) \(SafeName.quoted(found.id)) has no source passage (it is a note on the data).")
        }
        let passage = Passage(span: span, index: index, paragraphs: paragraphs)
        if output.json {
            let entry = EntryMaker(paragraphs: paragraphs).entry(found)
            Console.out(JSONOutput.encode(PassageDocument(entry: entry, passage: passage)))
        } else {
            Console.out(plainPassage(found, passage, index: index, paragraphs: paragraphs))
        }
    }

    private func plainArticle(_ index: DatasetIndex, _ paragraphs: Paragraphs) -> String {
        var page = PlainPage(console: output.console)
        let source = index.dataset.source
        page.paragraph(source.title, tone: .strong)
        if let standfirst = source.standfirst { page.paragraph(standfirst) }
        page.paragraph("By \(source.author), \(source.outlet)" + (source.credit.map { " \u{2014} " + $0 } ?? ""), tone: .faint)
        let margin = String(paragraphs.starts.count).count + 3
        for number in 1...max(1, paragraphs.starts.count) where !paragraphs.starts.isEmpty {
            let range = paragraphs.range(ofParagraph: number, in: index)
            page.blank()
            let text = index.sourceText(SourceSpan(start: range.lowerBound, end: range.upperBound))
            page.paragraph(text.replacingLineBreaks(), indent: margin,
                           lead: Segment("¶\(number)", .faint))
        }
        return page.text
    }

    private func plainPassage(_ record: AnyRecord, _ passage: Passage, index: DatasetIndex,
                              paragraphs: Paragraphs) -> String {
        var page = PlainPage(console: output.console)
        let title = index.summary(of: record.ref)?.title ?? record.id
        let reference = EntryMaker(paragraphs: paragraphs).reference(record)
        page.heading([Segment(title, .strong)], right: [Segment(reference, .faint)])
        page.paragraph("\(record.kind.rawValue) \(record.id) \u{00B7} \(passage.label) \u{00B7} characters \(passage.start)\u{2013}\(passage.end)",
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
