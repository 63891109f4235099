import SummitModel

/// The selected record in full: its fields wrapped, its cross-references, and the sentence it comes from.
enum DetailPane {
    static func render(_ grid: inout CellGrid, _ ctx: PaneContext) {
        let r = ctx.rect
        let subject = ctx.state.subject(ctx.index)
        let mark = subject.map { ctx.state.pins.contains($0) ? PinMark.text : "" } ?? ""
        PaneTitle.render(&grid, ctx, counts: subject.map { mark + RecordLabel.short($0, ctx.index) } ?? "")
        let rows = max(0, r.height - 1)
        let lines = subject.map { ctx.state.detailText($0, width: r.width, ctx.index) }
        let count = lines?.count ?? 0
        let top = scrollTop(ctx.state.scroll[.detail] ?? 0, count: count, rows: rows)
        for i in 0..<rows {
            let y = r.y + 1 + i
            if subject == nil && i == 0 {
                let why = ctx.state.effectiveChips.isEmpty ? "  nothing selected" : "  nothing matches the filters"
                grid.write(why, x: r.x, y: y, width: r.width, style: .dim, fill: .normal); continue
            }
            let line = top + i < count ? lines![top + i] : []
            grid.write(line, x: r.x, y: y, width: r.width, fill: .normal)
        }
    }
}
