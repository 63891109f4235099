import SummitModel

/// One block of a slide's body: wrapped lines, and the record whose `[id ¶N]` the footer shows for it.
/// A section's items are laid out one after another and split into as many slides as the screen needs.
public struct SlideItem: Hashable, Sendable {
    public var lines: [[StyledChar]]
    public var ref: RecordRef?
    public init(lines: [[StyledChar]], ref: RecordRef? = nil) {
        self.lines = lines
        self.ref = ref
    }
}

/// What each kind of section shows, wrapped to the slide's text width. Dataset text goes through `Styled`, so it
/// reaches the grid only as safe characters.
enum SlideContent {
    /// The items of section `number` of `outline` at `width` columns. A section is built only when laid out or
    /// shown, so a frame costs what is on the slide, not the whole briefing.
    /// Only the items in `range` (all when nil): a frame builds just its slide's, so a section of a million actors
    /// costs a screenful per key. (The figures are charted on one scale, so their section is always built whole.)
    static func items(_ section: BriefingSection, _ index: DatasetIndex, width: Int, range: Range<Int>? = nil)
        -> [SlideItem]
    {
        let all = items(
            section, index, width: width,
            refs: range.map { r in
                // The pillar's own item comes first; its links follow.
                let lead = section.kind == .pillar && section.subject != nil ? 1 : 0
                let lower = max(0, r.lowerBound - lead)
                let upper = max(0, r.upperBound - lead)
                return section.items[min(lower, section.items.count)..<min(upper, section.items.count)]
            })
        guard let range,
            section.kind == .pillar || section.kind == .figures || section.kind == .title
                || section.kind == .closing
        else { return all }
        if section.kind == .pillar {
            // The lead item is built only when the slide starts with it.
            return range.lowerBound == 0 ? all : Array(all.dropFirst())
        }
        return Array(all[range.clamped(to: 0..<all.count)])
    }

    /// The items of a section, its listed records limited to `refs` when given.
    private static func items(
        _ section: BriefingSection, _ index: DatasetIndex, width: Int,
        refs given: ArraySlice<RecordRef>?
    ) -> [SlideItem] {
        let listed = given ?? section.items[...]
        let w = max(1, width)
        func para(_ chars: [StyledChar], indent: Int = 0, first: [StyledChar] = []) -> [[StyledChar]] {
            let pad = Styled.chars(String(repeating: " ", count: indent), .normal)
            let wrapped = Styled.wrap(chars, to: max(1, w - indent))
            return wrapped.enumerated().map { i, line in (i == 0 && !first.isEmpty ? first : pad) + line }
        }
        func text(_ s: String, _ style: Style = .normal, indent: Int = 0) -> [[StyledChar]] {
            para(Styled.chars(s, style), indent: indent)
        }
        let source = index.dataset.source
        switch section.kind {
        case .title:
            var lines = text("“" + source.title + "”", .title)
            if let standfirst = source.standfirst { lines += [[]] + text(standfirst) }
            return [SlideItem(lines: lines), SlideItem(lines: [[]] + text(byline(source), .dim))]
        case .closing:
            return [
                SlideItem(lines: text("“" + source.title + "”", .title)),
                SlideItem(lines: text(byline(source))),
                SlideItem(
                    lines: [[]]
                        + text(
                            "Each slide names its records as [id ¶N]: summit source --record ID "
                                + "shows the passage, and ¶N is the paragraph number in summit source.", .dim)),
            ]
        case .pillar:
            var items: [SlideItem] = []
            if let pillar = section.subject.flatMap({ index.pillar(id: $0.id) }) {
                items.append(
                    SlideItem(lines: text(pillar.title, .title) + text("“" + pillar.text + "”") + [[]], ref: pillar.ref)
                )
            }
            return items + listed.map { item($0, index, width: w) }
        case .offers:
            return listed.compactMap { ref in
                guard let actor = index.actor(id: ref.id) else { return nil }
                var lines = para(
                    Styled.chars(actor.name, .title) + Styled.chars("  ", .normal)
                        + Styled.chars(StanceBadge.text(actor.stance.value), StanceBadge.style(actor.stance.value)))
                for role in actor.roles {
                    lines += para(Styled.chars(role.text, .normal), indent: 2, first: Styled.chars("– ", .dim))
                }
                return SlideItem(lines: lines, ref: ref)
            }
        case .figures:
            return FiguresChart.items(section.items.compactMap { index.figure(id: $0.id) }, index, width: w)
        case .quote:
            guard let quote = section.subject.flatMap({ index.quote(id: $0.id) }) else { return [] }
            return [SlideItem(lines: QuoteSlide.lines(quote, index, width: w), ref: quote.ref)]
        case .questions:
            let first = given?.startIndex ?? 0
            return listed.enumerated().compactMap { n, ref in
                guard let question = index.question(id: ref.id) else { return nil }
                let number = "\(first + n + 1). "
                return SlideItem(
                    lines: para(
                        Styled.chars(question.text, .normal), indent: number.count,
                        first: Styled.chars(number, .title)), ref: ref)
            }
        case .record:
            return section.subject.map { [item($0, index, width: w)] } ?? []
        }
    }

    /// Any record on a line or a few: a pillar's linked actor with its stance, a quote with its speaker, else the
    /// record's title and detail.
    static func item(_ ref: RecordRef, _ index: DatasetIndex, width: Int) -> SlideItem {
        let chars: [StyledChar]
        switch ref.kind {
        case .actor:
            guard let actor = index.actor(id: ref.id) else { fallthrough }
            chars =
                Styled.chars(actor.name + "  ", .normal)
                + Styled.chars(StanceBadge.text(actor.stance.value), StanceBadge.style(actor.stance.value))
        case .quote:
            guard let quote = index.quote(id: ref.id) else { fallthrough }
            chars =
                Styled.chars("“" + quote.text + "” ", .normal)
                + Styled.chars("— " + RecordLabel.speakerName(quote, index), .dim)
        default:
            let summary = index.summary(of: ref)
            let detail = summary.map(\.detail).flatMap { $0.isEmpty ? nil : $0 }
            chars =
                Styled.chars(summary?.title ?? ref.id, .title)
                + (detail.map { Styled.chars(" — " + $0, .normal) } ?? [])
        }
        let bullet = Styled.chars("• ", .dim)
        let pad = Styled.chars("  ", .normal)
        let lines = Styled.wrap(chars, to: max(1, width - 2)).enumerated().map {
            ($0.offset == 0 ? bullet : pad) + $0.element
        }
        return SlideItem(lines: lines, ref: ref)
    }

    /// "By Abdiwahab Ahmed, Axadle Times — credit".
    static func byline(_ source: Source) -> String {
        "By \(source.author), \(source.outlet)" + (source.credit.map { " — " + $0 } ?? "")
    }
}
