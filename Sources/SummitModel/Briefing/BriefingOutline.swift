/// What a briefing shows and in which order, with no front end in it: `summit present` draws each section as one or
/// more slides, a handout writes each as a heading and its items. Both read this one selection, so a slide and the
/// handout never disagree about what is in the briefing.
///
/// The whole dataset gives: a title, one section per pillar (its linked actors, then its quotes), "who offers what"
/// (every actor), the figures, one section per quote, the open questions, and a closing section with the source.
/// Pins give the pinned records alone, in pin order: a run of pinned actors, figures or questions shares one section,
/// a pinned pillar lists only the pinned records linked to it, and people, events and notes get a section each.
/// Building is linear in the records (and in the pins).
public struct BriefingOutline: Hashable, Sendable {
    public let sections: [BriefingSection]

    public init(sections: [BriefingSection]) { self.sections = sections }

    /// The outline of `index`'s dataset; with `pins`, of those records only (refs the dataset lacks are skipped).
    public init(_ index: DatasetIndex, pins: [RecordRef]? = nil) {
        let dataset = index.dataset
        var sections = [BriefingSection(kind: .title, heading: dataset.title)]
        if let pins {
            let pinned = pins.filter(index.contains)
            sections += Self.pinnedSections(pinned, index)
        } else {
            for pillar in dataset.pillars {
                let linked = index.actors(onPillar: pillar.id).map(\.ref) + index.quotes(onPillar: pillar.id).map(\.ref)
                sections.append(.pillar(pillar, items: linked))
            }
            if !dataset.actors.isEmpty { sections.append(.group(.offers, dataset.actors.map(\.ref))) }
            if !dataset.figures.isEmpty { sections.append(.group(.figures, dataset.figures.map(\.ref))) }
            sections += dataset.quotes.map {
                BriefingSection(kind: .quote, heading: BriefingSection.Kind.quote.heading, subject: $0.ref)
            }
            if !dataset.questions.isEmpty { sections.append(.group(.questions, dataset.questions.map(\.ref))) }
        }
        sections.append(BriefingSection(kind: .closing, heading: BriefingSection.Kind.closing.heading))
        self.sections = sections
    }

    private static func pinnedSections(_ pins: [RecordRef], _ index: DatasetIndex) -> [BriefingSection] {
        let pinSet = Set(pins)
        var sections: [BriefingSection] = []
        for ref in pins {
            switch ref.kind {
            case .actor, .figure, .question:
                let kind: BriefingSection.Kind =
                    ref.kind == .actor ? .offers : ref.kind == .figure ? .figures : .questions
                // A run of pins of one of these kinds shares a section, as in the whole briefing.
                if let last = sections.last, last.kind == kind, last.subject == nil {
                    sections[sections.count - 1] = .group(kind, last.items + [ref])
                } else {
                    sections.append(.group(kind, [ref]))
                }
            case .pillar:
                guard let pillar = index.pillar(id: ref.id) else { continue }
                let linked = index.actors(onPillar: pillar.id).map(\.ref) + index.quotes(onPillar: pillar.id).map(\.ref)
                sections.append(.pillar(pillar, items: linked.filter(pinSet.contains)))
            case .quote:
                sections.append(
                    BriefingSection(kind: .quote, heading: BriefingSection.Kind.quote.heading, subject: ref))
            default:
                // Any other kind (people, events, notes, and a kind added later) gets a slide of its own.
                sections.append(
                    BriefingSection(kind: .record, heading: ref.kind.rawValue.capitalizedFirst, subject: ref))
            }
        }
        return sections
    }
}

/// One part of a briefing: a slide (or a few, when it does not fit a screen) and a heading in the handout.
public struct BriefingSection: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// The dataset's title and the article's attribution.
        case title
        /// A pillar (`subject`) and the actors and quotes linked to it (`items`).
        case pillar
        /// Each actor's stance and contributions.
        case offers
        /// The figures, as a bar chart on a slide.
        case figures
        /// One quote (`subject`), large, with its speaker.
        case quote
        /// The open questions.
        case questions
        /// Any other pinned record (a person, event or note) on its own.
        case record
        /// The source article, credited.
        case closing

        /// The heading a section of this kind gets (pillars and records name themselves).
        public var heading: String {
            switch self {
            case .title: "Briefing"
            case .pillar: "Pillar"
            case .offers: "Who offers what"
            case .figures: "The figures"
            case .quote: "In their words"
            case .questions: "Open questions"
            case .record: "Record"
            case .closing: "Source"
            }
        }
    }

    public let kind: Kind
    /// Short, for a big heading: "Pillar 1", "Who offers what". Raw dataset text for the title: sanitize to show it.
    public let heading: String
    /// The record the section is about: a pillar, a quote, or another pinned record.
    public let subject: RecordRef?
    /// The records listed under the heading, in order.
    public let items: [RecordRef]

    public init(kind: Kind, heading: String, subject: RecordRef? = nil, items: [RecordRef] = []) {
        self.kind = kind
        self.heading = heading
        self.subject = subject
        self.items = items
    }

    static func group(_ kind: Kind, _ items: [RecordRef]) -> BriefingSection {
        BriefingSection(kind: kind, heading: kind.heading, items: items)
    }

    static func pillar(_ pillar: Pillar, items: [RecordRef]) -> BriefingSection {
        BriefingSection(kind: .pillar, heading: "Pillar \(pillar.number)", subject: pillar.ref, items: items)
    }

    /// Every record the section shows: its subject, then its items.
    public var refs: [RecordRef] { (subject.map { [$0] } ?? []) + items }
}

extension String {
    /// "event" → "Event".
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
