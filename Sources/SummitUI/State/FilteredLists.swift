import SummitModel

/// The rows of every list pane under the chips in force, computed once per change of chips or search draft
/// and kept with the state, so the reducer and every renderer read them instead of filtering again (on a
/// million records one filtering pass costs tens of milliseconds; a frame used to run dozens).
/// Filtering works on record positions (`DatasetIndex.allRefs` indexes), intersected with the kept matches of a
/// search and the link lists of a chip, so no id is hashed per row; the refs are read off once at the end.
struct FilteredLists: Sendable {
    /// What the rows were computed from; they are used only while both still hold.
    let index: DatasetIndex
    let key: [FilterChip]
    /// Each list's rows as positions, in the order shown.
    let positions: [PaneID: [Int32]]
    /// Whether the positions ascend (in dataset order): every chip but the pins view keeps that order.
    let ascending: Bool

    /// The chips a state's lists depend on, with text trimmed (`/troops ` filters as `/troops`).
    static func key(_ state: ExplorerState) -> [FilterChip] {
        state.effectiveChips.map { if case .text(let q) = $0 { .text(q.trimmingBlanks()) } else { $0 } }
    }

    /// Whether rows filtered by these chips stay in dataset order (the pins view keeps pin order instead).
    static func keepsDatasetOrder(_ chips: [FilterChip]) -> Bool {
        !chips.contains { if case .pinned = $0 { true } else { false } }
    }

    /// A list's rows, read off its positions as they are used.
    func rows(of pane: PaneID) -> ListRows {
        ListRows(positions[pane] ?? [], ascending: ascending, index)
    }

    func fits(_ key: [FilterChip], _ index: DatasetIndex) -> Bool { self.index === index && self.key == key }

    /// Filters from scratch, or narrows `previous` when the new chips only add to its chips or type on its last
    /// search: every chip is a per-record test, so applying the extra test to the old rows gives the same rows.
    init(key: [FilterChip], _ index: DatasetIndex, previous: FilteredLists?) {
        self.index = index
        self.key = key
        var base: [PaneID: [Int32]] = [:]
        var extra = key[...]
        if let previous, previous.index === index {
            let old = previous.key
            if key.count >= old.count, Array(key.prefix(old.count)) == old {
                base = previous.positions
                extra = key.dropFirst(old.count)
            } else if key.count == old.count, let last = key.last, case .text(let now) = last,
                case .text(let before) = old.last!,
                Array(key.dropLast()) == Array(old.dropLast()), DatasetIndex.query(now, narrows: before)
            {
                base = previous.positions
                extra = key.suffix(1)
            }
        }
        var positions: [PaneID: [Int32]] = [:]
        for pane in PaneID.lists {
            guard let kind = pane.kind else { continue }
            let kept = extra.reduce(base[pane] ?? index.positions(of: kind)) { $1.apply($0, index) }
            positions[pane] = kept
        }
        self.positions = positions
        ascending = Self.keepsDatasetOrder(key)
    }
}
