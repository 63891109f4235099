import SummitModel
import SummitUI

/// What a handout says, with no format in it: the sections of the `BriefingOutline` (the slides' own selection) in
/// order, each item with its lines, the article passage it rests on and its `[id ¶N]` reference. `MarkdownHandout`
/// and `HTMLHandout` only lay it out and escape it. All text here is raw dataset text.
struct Handout {
    struct Item {
        /// The record in a few words: a name, a quote, an amount.
        let title: String
        /// What the briefing says about it: a stance, contributions, a speaker.
        let lines: [String]
        /// The article's words the record rests on.
        let passage: String?
        /// `[poland ¶12]`.
        let reference: String
    }

    struct Section {
        let heading: String
        /// A line under the heading (the title section's attribution, a pillar's clause).
        let lead: String?
        let items: [Item]
    }

    let title: String
    /// "<author>, <outlet>": printed after every passage, as the article's attribution (in full under the title).
    let attribution: String
    let sections: [Section]

    init(_ index: DatasetIndex, pins: [RecordRef]?) {
        let source = index.dataset.source
        let paragraphs = Paragraphs(text: source.text)
        let plain = PlainRecords(index)
        title = index.dataset.title
        attribution = "\(source.author), \(source.outlet)"
        func item(_ ref: RecordRef) -> Item? {
            guard let record = index.record(ref) else { return nil }
            let reference = paragraphs.reference(id: record.id, span: record.span)
            let passage = record.span.map(index.sourceText)
            let summary = index.summary(of: ref)
            switch record {
            case .actor(let actor):
                let contributions = actor.roles.map { "Offers or says: " + $0.text }
                return Item(
                    title: actor.name,
                    lines: ["Stance on its own troops: " + StanceBadge.text(actor.stance.value)]
                        + contributions, passage: passage, reference: reference)
            case .quote(let quote):
                return Item(
                    title: "\u{201C}\(quote.text)\u{201D}", lines: ["\u{2014} " + plain.attribution(of: quote)],
                    passage: passage, reference: reference)
            case .figure(let figure):
                let actor = figure.actor.map { ["Given for " + index.actorName($0)] } ?? []
                return Item(
                    title: PlainRecords.amount(figure), lines: [figure.label] + actor, passage: passage,
                    reference: reference)
            case .pillar(let pillar):
                // The section's heading names the pillar; the passage is its clause.
                return Item(
                    title: "The clause", lines: pillar.note.map { [$0] } ?? [], passage: passage, reference: reference)
            default:
                return Item(
                    title: summary?.title ?? record.id, lines: summary.map { [$0.detail] } ?? [],
                    passage: passage, reference: reference)
            }
        }
        var sections: [Section] = []
        for section in BriefingOutline(index, pins: pins).sections {
            switch section.kind {
            case .title:
                let credit =
                    "\(source.title) \u{2014} by \(source.author), \(source.outlet)"
                    + (source.credit.map { " (\($0))" } ?? "")
                sections.append(
                    Section(
                        heading: section.heading,
                        lead: credit
                            + (pins.map {
                                " \u{00B7} \($0.count == 1 ? "1 pinned record" : "\($0.count) pinned records")"
                            } ?? ""),
                        items: []))
            case .closing:
                let whole = source.standfirst.map { "\(source.title): \($0)" } ?? source.title
                sections.append(
                    Section(
                        heading: section.heading,
                        lead: whole + " \u{2014} by \(source.author), "
                            + source.outlet + (source.credit.map { " (\($0))" } ?? "")
                            + ". The whole article, its paragraphs numbered as in the references, is printed by: summit source",
                        items: []))
            case .pillar:
                let pillar = section.subject.flatMap(index.record).flatMap {
                    if case .pillar(let p) = $0 { p } else { nil }
                }
                let heading = pillar.map { "Pillar \($0.number): \($0.title)" } ?? section.heading
                sections.append(Section(heading: heading, lead: nil, items: section.refs.compactMap(item)))
            default:
                sections.append(
                    Section(
                        heading: section.kind == .record
                            ? (section.subject.flatMap { index.summary(of: $0)?.title }
                                .map { "\(section.heading): \($0)" } ?? section.heading) : section.heading,
                        lead: nil, items: section.refs.compactMap(item)))
            }
        }
        // The title section's heading is the dataset's own title.
        if let first = sections.first {
            sections[0] = Section(heading: title, lead: first.lead, items: first.items)
        }
        self.sections = sections
    }
}
