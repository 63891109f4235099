/// The panes of the explorer, in Tab order. Number keys 1-4 follow this order.
public enum PaneID: String, Hashable, Sendable, CaseIterable {
    case pillars, positions, quotes, detail

    /// The record kind a list pane shows; nil for the detail pane.
    public var kind: RecordKind? {
        switch self {
        case .pillars: .pillar
        case .positions: .actor
        case .quotes: .quote
        case .detail: nil
        }
    }

    public var title: String {
        switch self {
        case .pillars: "Pillars"
        case .positions: "Positions"
        case .quotes: "Quotes"
        case .detail: "Detail"
        }
    }

    public static let lists: [PaneID] = [.pillars, .positions, .quotes]

    public var number: Int { PaneID.allCases.firstIndex(of: self)! + 1 }
}

import SummitModel

extension DatasetIndex {
    /// How many records of a kind there are, without copying their refs (`refs(of:)` is O(n)).
    func count(of kind: RecordKind) -> Int {
        dataset.counts.first { $0.kind == kind }?.count ?? 0
    }
}
