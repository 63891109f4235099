import SummitModel

/// Where everything goes at a given size. Pure; the reducer uses it for paging and mouse hit-testing,
/// the renderer for drawing.
public struct Layout: Hashable, Sendable {
    public enum Shape: Hashable, Sendable {
        /// Lists stacked on the left, detail on the right.
        case columns
        /// One pane at a time under a tab bar (small terminals).
        case tabs
        /// Below `Layout.minimum`: only a message.
        case tooSmall
    }

    /// The smallest size the explorer draws at.
    public static let minimum = Size(width: 30, height: 8)
    /// The smallest size for the side-by-side layout.
    public static let columnsMinimum = Size(width: 70, height: 18)

    public let size: Size
    public let shape: Shape
    public let header: Rect
    public let status: Rect
    public let tabBar: Rect?
    /// Each visible pane's rectangle; its first row is the pane's title line.
    public let panes: [PaneID: Rect]
    /// The column between the lists and the detail pane.
    public let divider: Rect?
    /// The area below the header and above the status bar.
    public let body: Rect

    /// The focused pane: its tab keeps its full title when the others shorten.
    public let focus: PaneID
    /// The list in the third place (quotes, figures, events or questions): the focused one when focus is there.
    public let shelf: PaneID

    /// Zoomed (`z`): the focused pane takes the whole screen, with no header, status bar or other pane.
    public let zoomed: Bool

    public init(size: Size, focus: PaneID, shelf: PaneID = .quotes, zoomed: Bool = false) {
        self.size = size
        self.focus = focus
        let shelf = PaneID.shelf.contains(focus) ? focus : (PaneID.shelf.contains(shelf) ? shelf : .quotes)
        self.shelf = shelf
        let w = size.width
        let h = size.height
        let small = w < Layout.minimum.width || h < Layout.minimum.height
        self.zoomed = zoomed && !small
        if self.zoomed {
            header = Rect(x: 0, y: 0, width: w, height: 0)
            status = Rect(x: 0, y: h, width: w, height: 0)
            body = Rect(x: 0, y: 0, width: w, height: h)
        } else {
            header = Rect(x: 0, y: 0, width: w, height: 1)
            status = Rect(x: 0, y: h - 1, width: w, height: 1)
            body = Rect(x: 0, y: 1, width: w, height: h - 2)
        }
        if small {
            shape = .tooSmall
            tabBar = nil
            panes = [:]
            divider = nil
        } else if self.zoomed {
            shape = .tabs
            tabBar = nil
            divider = nil
            panes = [focus: body]
        } else if w >= Layout.columnsMinimum.width && h >= Layout.columnsMinimum.height {
            shape = .columns
            tabBar = nil
            let left = w * 2 / 5
            let rows = h - 2
            let a = rows / 3
            let b = rows / 3
            panes = [
                .pillars: Rect(x: 0, y: 1, width: left, height: a),
                .positions: Rect(x: 0, y: 1 + a, width: left, height: b),
                shelf: Rect(x: 0, y: 1 + a + b, width: left, height: rows - a - b),
                .detail: Rect(x: left + 1, y: 1, width: w - left - 1, height: rows),
            ]
            divider = Rect(x: left, y: 1, width: 1, height: rows)
        } else {
            shape = .tabs
            divider = nil
            tabBar = Rect(x: 0, y: 1, width: w, height: 1)
            panes = [focus: Rect(x: 0, y: 2, width: w, height: h - 3)]
        }
    }

    /// Rows available for content in a pane (its height minus the title line).
    public func contentRows(_ pane: PaneID) -> Int { max(0, (panes[pane]?.height ?? 0) - 1) }

    /// The pane under a point, if any.
    public func pane(at x: Int, _ y: Int) -> PaneID? {
        panes.first { $0.value.contains(x: x, y: y) }?.key
    }

    /// The tab under a point on the tab bar: tabs are laid out as in `tabLabels`.
    public func tab(at x: Int, _ y: Int) -> PaneID? {
        guard let bar = tabBar, bar.contains(x: x, y: y) else { return nil }
        var col = 0
        for (pane, label) in tabLabels {
            let w = TextWidth.of(label) + 1
            if x >= col && x < col + w { return pane }
            col += w
        }
        return nil
    }

    /// The panes in screen order: the two lists, the shelf's list, the detail.
    public var places: [PaneID] { [.pillars, .positions, shelf, .detail] }

    /// The tabs, each followed by one space: full titles when they all fit, else the focused one in full and
    /// the others shortened ("2 Pos"), so no tab is cut off the edge. The shelf is one tab, named by its list.
    var tabLabels: [(PaneID, String)] {
        let full = places.map { ($0, "\($0.number) \($0.title)") }
        guard full.reduce(-1, { $0 + TextWidth.of($1.1) + 1 }) > size.width else { return full }
        return places.map { ($0, "\($0.number) " + ($0 == focus ? $0.title : String($0.title.prefix(3)))) }
    }
}

/// The first visible line of `count` lines shown `rows` at a time when scrolled to `scroll`: never before the
/// first line, nor so far that the last screenful is not full.
func scrollTop(_ scroll: Int, count: Int, rows: Int) -> Int { min(max(0, scroll), max(0, count - rows)) }

/// Keeps a list's selection on screen: the first visible row for a selection, a wanted scroll and a page height.
public func visibleScroll(selected: Int, wanted: Int, count: Int, rows: Int) -> Int {
    guard rows > 0, count > 0 else { return 0 }
    var s = scrollTop(wanted, count: count, rows: rows)
    if selected < s { s = selected }
    if selected >= s + rows { s = selected - rows + 1 }
    return max(0, s)
}
