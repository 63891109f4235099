import SummitModel

/// The selected record in full: its fields wrapped, its cross-references (each a link), and the sentence it
/// comes from. The title names the record, or the trail once a link was followed.
enum DetailPane {
    static func render(_ grid: inout CellGrid, _ ctx: PaneContext) {
        let r = ctx.rect
        let state = ctx.state
        let subject = state.subject(ctx.index)
        let mark = subject.map { state.pins.contains($0) ? PinMark.text : "" } ?? ""
        let rows = max(0, r.height - 1)
        let lines = subject.map { state.detailText($0, width: r.width, ctx.index) }
        let count = lines?.count ?? 0
        let top = scrollTop(state.scroll[.detail] ?? 0, count: count, rows: rows)
        let position = PaneTitle.position(top: top, rows: rows, of: count)
        let room =
            r.width - TextWidth.of(ctx.pane.title) - TextWidth.of(mark) - 4
            - (position.map { TextWidth.of($0) + 3 } ?? 0)
        let trail = state.trail.current == subject ? state.trail.label(ctx.index, room: room) : ""
        let name = mark + (trail.isEmpty ? subject.map { RecordLabel.short($0, ctx.index) } ?? "" : trail)
        PaneTitle.render(&grid, ctx, counts: name, position: position)
        let link = lines.flatMap { state.selectedLink($0) }?.line
        for i in 0..<rows {
            let y = r.y + 1 + i
            if subject == nil && i == 0 {
                let why = state.effectiveChips.isEmpty ? "  nothing selected" : "  nothing matches the filters"
                grid.write(why, x: r.x, y: y, width: r.width, style: .dim, fill: .normal)
                continue
            }
            var line = top + i < count ? lines![top + i] : []
            if top + i == link, !line.isEmpty {
                // The selected link reads like a list's selected row: a marker and the selection style.
                let style: Style = ctx.focused ? .selected : .selectedUnfocused
                line =
                    Styled.chars("›", style)
                    + line.dropFirst().map { StyledChar($0.character, $0.style == .match ? .match : style) }
                grid.write(line, x: r.x, y: y, width: r.width, fill: style)
                continue
            }
            grid.write(line, x: r.x, y: y, width: r.width, fill: .normal)
        }
    }
}
