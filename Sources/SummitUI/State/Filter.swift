import SummitModel

/// One active filter, shown as a chip in the header. Chips stack: a record must pass every chip.
public enum FilterChip: Hashable, Sendable {
    /// Free text, as typed after `/`.
    case text(String)
    /// Records linked to this one (Space or `f`). The anchor's own pane is not narrowed, so another
    /// record of the same kind can be picked next.
    case linked(RecordRef)
    case actor(String)
    case stance(StanceValue)
    case speaker(String)
    case pillar(String)
    case kind(RecordKind)
    /// Only the pinned records, in pin order (`:pins`). Holds the pins it was made from, so the kept rows change
    /// with them (the reducer renews it after every pin change).
    case pinned([RecordRef])

    /// The chip's label in the header and in messages, by name rather than id, e.g. `/poland`, `↔ Poland`,
    /// `actor: United Kingdom`, `pillar 2`, `stance: rules out`. Names are cut so one chip never fills the line.
    public func label(_ index: DatasetIndex) -> String {
        func cut(_ name: String) -> String { TextWidth.truncate(name, to: 24) }
        return switch self {
        case .text(let q): "/" + cut(q)
        case .linked(let ref): "↔ " + cut(RecordLabel.chip(ref, index))
        case .actor(let id): "actor: " + cut(index.actor(id: id)?.name ?? id)
        case .stance(let s): "stance: " + s.label
        case .speaker(let id): "speaker: " + cut(index.person(id: id)?.surname ?? id)
        case .pillar(let id): index.pillar(id: id).map { "pillar \($0.number)" } ?? "pillar: " + cut(id)
        case .kind(let k): "kind: " + k.plural
        case .pinned: PinMark.text + "pins"
        }
    }

    /// Keeps the rows (positions in `DatasetIndex.allRefs`) that pass this chip, in order: an intersection with
    /// the search's matches or the chip's link list, not a test of every row.
    func apply(_ rows: [Int32], _ index: DatasetIndex) -> [Int32] {
        switch self {
        case .text(let q): return index.filter(rows: rows, query: q, facets: Facets())
        case .linked(let anchor): return index.filter(rows: rows, linkedTo: anchor)
        case .actor(let id): return index.filter(rows: rows, query: "", facets: Facets(actors: [id]))
        case .stance(let s): return index.filter(rows: rows, query: "", facets: Facets(stances: [s]))
        case .speaker(let id): return index.filter(rows: rows, query: "", facets: Facets(speakers: [id]))
        case .pillar(let id): return index.filter(rows: rows, query: "", facets: Facets(pillars: [id]))
        case .kind(let k): return index.filter(rows: rows, query: "", facets: Facets(kinds: [k]))
        case .pinned(let pins):
            // Pin order, not dataset order: the order a briefing follows, changed with J and K.
            let shown = Set(rows)
            return index.positions(of: pins).filter(shown.contains)
        }
    }
}

/// Short human names for records, for chips, lists and cross-references.
enum RecordLabel {
    /// The record's title (`DatasetIndex.summary`), except a pillar goes by its number alone and a quote keeps all
    /// its words (callers cut to the width they have).
    static func short(_ ref: RecordRef, _ index: DatasetIndex) -> String {
        switch ref.kind {
        case .pillar: index.pillar(id: ref.id).map { "Pillar \($0.number)" } ?? ref.id
        case .quote: index.quote(id: ref.id).map { "\(speakerName($0, index)): “\($0.text)”" } ?? ref.id
        default: index.summary(of: ref)?.title ?? ref.id
        }
    }

    /// A name short enough for a header chip: a quote is named by its speaker.
    static func chip(_ ref: RecordRef, _ index: DatasetIndex) -> String {
        guard ref.kind == .quote, let q = index.quote(id: ref.id) else { return short(ref, index) }
        return q.speaker == nil ? "“" + q.text + "”" : "quote by " + speakerName(q, index)
    }

    /// The speaker's surname, or the attribution when the article names no person.
    static func speakerName(_ quote: Quote, _ index: DatasetIndex) -> String {
        guard let id = quote.speaker, let person = index.person(id: id) else { return quote.attribution }
        return person.surname
    }
}
