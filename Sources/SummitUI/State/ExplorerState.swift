import FoundationEssentials
import SummitModel

/// Everything the explorer shows, as a plain value. Nothing here knows about themes or the terminal.
public struct ExplorerState: Hashable, Sendable {
    public var size: Size
    public var focus: PaneID = .pillars
    /// The list pane whose selection the detail pane and source view describe.
    public var lastList: PaneID = .pillars
    /// The list the shelf (the third place on the left) shows: the last of quotes, figures, events and questions
    /// to have focus.
    public var shelf: PaneID = .quotes
    /// How charts draw their bars: `.ascii` when the user's locale has no UTF-8.
    public var glyphs: BarChart.Glyphs = .blocks
    /// The selected record per list pane. Kept by identity so a re-filter keeps the same record selected.
    public var selection: [PaneID: RecordRef] = [:]
    /// First visible line per pane (lists and detail).
    public var scroll: [PaneID: Int] = [:]
    public var chips: [FilterChip] = []
    /// The chip a click selected, offering to remove it with a second click; any other command withdraws the offer.
    public var offeredChip: Int?
    public var mode: Mode = .browse
    /// The mode help was opened from, restored when help closes (so help from the source view returns to the article).
    public var modeUnderHelp: Mode = .browse
    public var message: StatusMessage?
    /// A message that stays until Esc dismisses it (a problem in the config or state file), shown when no
    /// other message is.
    public var notice: StatusMessage?
    /// The focused pane alone, full screen, without header or status bar (`z`).
    public var zoomed = false
    /// The records pinned for a briefing (`m`), in pin order; saved by the loop's owner when they change.
    public var pins = PinList()
    /// Lines accepted after `/` and `:`, for recall with Ctrl-P / Ctrl-N (and ↑ ↓ after `:`); remembered across
    /// sessions by `ExplorerMemory`.
    public var searchHistory = PromptHistory(), commandHistory = PromptHistory()
    /// The pane focused when the search began or that the user focused while typing it: a search that empties
    /// it moves focus to the best match, and focus returns when it has matches again.
    public var searchHome: PaneID?
    /// The last search typed, kept or not: what `n` and `N` look for.
    public var lastSearch: String?
    /// The article search of the source view, whose hits the article highlights.
    public var articleQuery: String?
    /// The records opened in Detail, for back and forward.
    public var trail = Trail()
    /// The record Detail shows in place of the list selection: one opened by a link, `:goto` or the trail.
    /// Moving a list's selection gives Detail back to the list.
    public var pinned: RecordRef?
    /// The link selected in Detail, as a position among the detail text's links.
    public var detailLink: Int?
    /// The record whose detail text `detailLink` counts in.
    public var detailLinkSubject: RecordRef?
    /// Where `y` and `Y` copy to; nil when copying is off (`--no-clipboard`, `clipboard = false`).
    public var clipboard: Clipboard? = Clipboard(insideTmux: false)
    /// Seconds between slides when `p` presents (`[presentation] delay`); it starts paused and `a` runs it. Nil: none.
    public var presentationDelay: Double?
    /// Filtered rows and the like, kept up to date by the reducer (see `refreshViews`); ignored by ==.
    var derived = DerivedViews()

    public init(size: Size) { self.size = size }

    /// Where everything goes at the current size, focus and shelf.
    public var layout: Layout { Layout(size: size, focus: focus, shelf: shelf, zoomed: zoomed) }

    /// Chips in force, including the live search draft while typing.
    public var effectiveChips: [FilterChip] {
        if case .search(let draft) = mode, !draft.text.trimmingBlanks().isEmpty { return chips + [.text(draft.text)] }
        return chips
    }

    /// The text queries to highlight.
    public var highlightQueries: [String] {
        effectiveChips.compactMap { if case .text(let q) = $0 { q } else { nil } }
    }

    /// The records a list pane shows after every chip, in dataset order.
    public func rows(of pane: PaneID, _ index: DatasetIndex) -> ListRows {
        if let lists = derived.lists, lists.fits(FilteredLists.key(self), index) { return lists.rows(of: pane) }
        let keepsOrder = FilteredLists.keepsDatasetOrder(effectiveChips)
        return ListRows(positions(of: pane, index), ascending: keepsOrder, index)
    }

    /// The rows of a list pane as positions in `DatasetIndex.allRefs` (what ranking and filtering work on).
    func positions(of pane: PaneID, _ index: DatasetIndex) -> [Int32] {
        guard let kind = pane.kind else { return [] }
        if let lists = derived.lists, lists.fits(FilteredLists.key(self), index) { return lists.positions[pane] ?? [] }
        return effectiveChips.reduce(index.positions(of: kind)) { $1.apply($0, index) }
    }

    /// How many rows a list pane shows, as the title and status bar write it: "15", or "4/15" when filters hide some.
    func shownCount(of pane: PaneID, _ index: DatasetIndex) -> String {
        let shown = rows(of: pane, index).count
        let total = pane.kind.map { index.count(of: $0) } ?? 0
        return shown == total ? "\(total)" : "\(shown)/\(total)"
    }

    /// The position of the selection in a list pane's rows (0 when the selected record was filtered out).
    public func selectedRow(of pane: PaneID, rows: ListRows) -> Int {
        selection[pane].flatMap(rows.row(of:)) ?? 0
    }

    public func selectedRef(of pane: PaneID, _ index: DatasetIndex) -> RecordRef? {
        let rows = rows(of: pane, index)
        return rows.isEmpty ? nil : rows[selectedRow(of: pane, rows: rows)]
    }

    /// The record the detail pane and source view describe.
    /// When the last list has no rows, a search's best-ranked match among the records still shown (so `/rte`
    /// shows the quote that names RTÉ, whichever pane holds it); without a search, the first list with rows.
    public func subject(_ index: DatasetIndex) -> RecordRef? {
        if let pinned, index.contains(pinned) { return pinned }
        if let ref = selectedRef(of: lastList, index) { return ref }
        let query = highlightQueries.joined(separator: " ")
        // Every row shown passes each text chip, so it matches the joined query.
        if !query.trimmingBlanks().isEmpty, let best = bestShown(matching: query, index) { return best }
        return PaneID.lists.lazy.compactMap { selectedRef(of: $0, index) }.first
    }

    /// The best-ranked record among the rows every list shows, for a query each of those rows matches:
    /// only they need ranking, not the whole index.
    func bestShown(matching query: String, _ index: DatasetIndex) -> RecordRef? {
        index.best(amongRows: PaneID.lists.flatMap { positions(of: $0, index) }, query: query)?.ref
    }
}

/// A one-line message in the status bar, replaced by the next command.
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    /// Shorter forms, longest first, for a status bar too narrow for `text`: a whole short message reads
    /// better than a long one cut.
    public var shorter: [String]
    public var isError: Bool
    public init(_ text: String, shorter: [String] = [], isError: Bool = false) {
        self.text = text
        self.shorter = shorter
        self.isError = isError
    }

    /// The longest form that fits `room` columns, else the shortest.
    public func text(fitting room: Int) -> String {
        let forms = [text] + shorter
        return forms.first { TextWidth.of($0) <= room } ?? forms[forms.count - 1]
    }
}
