import SummitModel

/// The panes of the explorer, in Tab order. Quotes, figures, events and questions share one place on screen
/// (the shelf: see `Layout`); each keeps its own selection and scroll. The number keys are `number`.
public enum PaneID: String, Hashable, Sendable, CaseIterable {
    case pillars, positions, quotes, figures, events, questions, detail

    /// The record kind a list pane shows; nil for the detail pane.
    public var kind: RecordKind? {
        switch self {
        case .pillars: .pillar
        case .positions: .actor
        case .quotes: .quote
        case .figures: .figure
        case .events: .event
        case .questions: .question
        case .detail: nil
        }
    }

    public var title: String {
        switch self {
        case .pillars: "Pillars"
        case .positions: "Positions"
        case .quotes: "Quotes"
        case .figures: "Figures"
        case .events: "Events"
        case .questions: "Questions"
        case .detail: "Detail"
        }
    }

    public static let lists: [PaneID] = [.pillars, .positions, .quotes, .figures, .events, .questions]

    /// The lists that take turns in the third place: focusing one puts it there.
    public static let shelf: [PaneID] = [.quotes, .figures, .events, .questions]

    /// The pane's number key: 1-4 as before the shelf held more than quotes, then the other shelf lists.
    public var number: Int {
        switch self {
        case .pillars: 1
        case .positions: 2
        case .quotes: 3
        case .detail: 4
        case .figures: 5
        case .events: 6
        case .questions: 7
        }
    }

    /// The pane after this one in Tab order (`by: -1` the one before), wrapping around.
    func step(by offset: Int) -> PaneID {
        let all = PaneID.allCases
        let i = all.firstIndex(of: self)!
        return all[((i + offset) % all.count + all.count) % all.count]
    }
}

extension DatasetIndex {
    /// How many records of a kind there are, without copying their refs (`refs(of:)` is O(n)).
    func count(of kind: RecordKind) -> Int {
        dataset.counts.first { $0.kind == kind }?.count ?? 0
    }
}
