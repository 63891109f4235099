import SummitModel

/// The frequency table `F` opens (visidata's most loved key): how many records shown in a list have each value of
/// the list's facet. Enter filters by the selected value, as a chip.
public struct FacetTable: Hashable, Sendable {
    /// The list whose records are counted.
    public var pane: PaneID
    /// The selected row.
    public var selected: Int = 0

    public init(pane: PaneID, selected: Int = 0) {
        self.pane = pane
        self.selected = selected
    }

    /// What a list is counted by: stances of positions, speakers of quotes, the actors of figures, events and
    /// questions; for pillars, how many records of every list link to each pillar.
    public var facet: FacetName {
        switch pane {
        case .pillars: .pillar
        case .positions: .stance
        case .quotes: .speaker
        case .figures, .events, .questions, .detail: .actor
        }
    }

    /// What is counted, for the title: "stances of 15 positions".
    func subject(_ total: Int) -> String {
        let what = pane == .pillars ? "records linked" : "\(total) \(pane.title.lowercased())"
        return switch facet {
        case .pillar: "\(what), per pillar"
        case .stance: "\(what), per stance"
        case .speaker: "\(what), per speaker"
        case .actor: "\(what), per actor"
        }
    }

    /// The records counted: the list's rows, or for pillars the rows of every other list (a pillar is not
    /// linked to itself).
    func records(_ state: ExplorerState, _ index: DatasetIndex) -> [RecordRef] {
        pane == .pillars
            ? PaneID.lists.dropFirst().flatMap { state.rows(of: $0, index) } : Array(state.rows(of: pane, index))
    }

    /// The table's rows under the chips in force.
    func rows(_ state: ExplorerState, _ index: DatasetIndex) -> [FacetCount] {
        index.counts(of: facet, among: records(state, index))
    }

    /// A value as the table shows it: a pillar by number and title, a stance by symbol and word, others by name.
    func label(_ value: String, _ index: DatasetIndex) -> String {
        switch facet {
        case .pillar: index.pillar(id: value).map { "Pillar \($0.number): \($0.title)" } ?? value
        case .stance: StanceValue(rawValue: value).map { StanceBadge.text($0) } ?? value
        case .actor: index.actorName(value)
        case .speaker: index.person(id: value)?.name ?? value
        }
    }

    /// The chip that keeps the records a row counts.
    func chip(_ value: String) -> FilterChip? {
        switch facet {
        case .pillar: .pillar(value)
        case .actor: .actor(value)
        case .speaker: .speaker(value)
        case .stance: StanceValue(rawValue: value).map { .stance($0) }
        }
    }
}
