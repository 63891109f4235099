import SummitModel

/// A briefing laid out at one screen size: each section of the outline as one or more slides, split between items
/// when it does not fit. Rebuilt only when the size changes; a slide is drawn from its page alone.
public struct SlideDeck: Hashable, Sendable {
    /// One slide: a section of the outline and the items of it that fit on the screen.
    public struct Page: Hashable, Sendable {
        public let section: Int
        public let items: Range<Int>
    }

    public let size: Size
    public let pages: [Page]

    /// Linear in the text of the briefing: every item is wrapped once, to learn its height.
    public init(_ outline: BriefingOutline, _ index: DatasetIndex, size: Size) {
        self.size = size
        var pages: [Page] = []
        var frames: [String: SlideFrame] = [:]
        for (number, section) in outline.sections.enumerated() {
            // One frame per heading: a briefing of many quotes has one heading for all of them, and laying out
            // block letters for each was a third of the time on 300,000 records.
            let frame = frames[section.heading] ?? SlideFrame(size: size, heading: section.heading)
            frames[section.heading] = frame
            let room = max(1, frame.body.height)
            let heights = SlideContent.items(section, index, width: frame.width).map(\.lines.count)
            var start = 0
            var used = 0
            for (i, height) in heights.enumerated() {
                if used > 0, used + height > room {
                    pages.append(Page(section: number, items: start..<i))
                    start = i
                    used = 0
                }
                used += height
            }
            pages.append(Page(section: number, items: start..<heights.count))
        }
        self.pages = pages
    }

    /// The slide showing item `item` of section `section` (its first slide for an item past the end).
    public func page(section: Int, item: Int) -> Int {
        let inSection = pages.indices.filter { pages[$0].section == section }
        return inSection.first { pages[$0].items.contains(item) } ?? inSection.first ?? 0
    }

    /// The slide that shows `ref` best: the section about it, else the one that lists its kind (who offers what for an
    /// actor, the figures, the questions), else the first that lists it.
    public func page(showing ref: RecordRef, in outline: BriefingOutline) -> Int? {
        let home: BriefingSection.Kind? =
            switch ref.kind {
            case .actor: .offers
            case .figure: .figures
            case .question: .questions
            default: nil
            }
        var found: (section: Int, item: Int)?
        for (number, section) in outline.sections.enumerated() {
            if section.subject == ref { return page(section: number, item: 0) }
            guard let i = section.items.firstIndex(of: ref) else { continue }
            // A pillar's first item is the pillar itself; its linked records follow.
            let item = i + (section.kind == .pillar ? 1 : 0)
            if section.kind == home { return page(section: number, item: item) }
            if found == nil { found = (number, item) }
        }
        return found.map { page(section: $0.section, item: $0.item) }
    }
}
