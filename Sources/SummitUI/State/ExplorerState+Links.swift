import SummitModel

/// Links in Detail: ↓ ↑ select the linked records shown, Enter or a click opens one, `[` and `]` walk the trail.
extension ExplorerState {
    /// The detail text of the subject at the current size, if a subject and a detail pane are on screen.
    func currentDetail(_ layout: Layout, _ index: DatasetIndex) -> DetailText? {
        guard let subject = subject(index) else { return nil }
        return detailText(subject, width: layout.panes[.detail]?.width ?? layout.body.width, index)
    }

    /// The selected link when it was selected in this detail text (a filter can change the subject under it).
    func selectedLink(_ detail: DetailText) -> (line: Int, ref: RecordRef)? {
        guard detailLinkSubject == detail.subject else { return nil }
        return detailLink.flatMap { detail.link($0) }
    }

    private mutating func select(link k: Int, in detail: DetailText) {
        detailLink = k
        detailLinkSubject = detail.subject
    }

    /// ↓ / ↑ in Detail, as in a text browser: select the next link when it is on screen, else scroll one line.
    /// Longer moves (pages, first, last) scroll, and keep the selected link only while it is still shown.
    mutating func moveInDetail(by delta: Int, _ layout: Layout, _ index: DatasetIndex) {
        let rows = layout.contentRows(.detail)
        guard let detail = currentDetail(layout, index) else { return }
        let top = scrollTop(scroll[.detail] ?? 0, count: detail.count, rows: rows)
        let maxTop = max(0, detail.count - rows)
        if abs(delta) == 1 {
            let from = selectedLink(detail).map { $0.line + delta } ?? (delta > 0 ? top : top + rows - 1)
            if let k = detail.link(near: from, after: delta > 0), let link = detail.link(k), link.line >= top,
                link.line < top + rows
            {
                select(link: k, in: detail)
                return
            }
        }
        let newTop = clampAdd(top, delta, 0, maxTop)
        scroll[.detail] = newTop
        if let line = selectedLink(detail)?.line, line < newTop || line >= newTop + rows { detailLink = nil }
    }

    /// Enter in Detail: opens the selected link, or says how to select one.
    mutating func followSelectedLink(_ layout: Layout, _ index: DatasetIndex) {
        guard let detail = currentDetail(layout, index) else { return }
        guard let link = selectedLink(detail) else {
            message = StatusMessage(
                detail.link(0) == nil
                    ? "nothing here links further — Esc goes back to the list"
                    : "↓ selects a linked record, Enter opens it",
                shorter: ["↓ selects a link", "no link selected"])
            return
        }
        open(link.ref, index)
    }

    /// Shows `ref` in Detail and adds it to the trail (where the record it was opened from already is).
    mutating func open(_ ref: RecordRef, _ index: DatasetIndex) {
        if trail.current == nil, let from = subject(index) { trail.visit(from) }
        trail.visit(ref)
        show(ref)
        message = StatusMessage("opened \(RecordLabel.chip(ref, index)) — [ goes back", shorter: ["[ goes back"])
    }

    /// Detail shows `ref` from its first line, focused.
    private mutating func show(_ ref: RecordRef) {
        pinned = ref
        detailLink = nil
        scroll[.detail] = 0
        focus = .detail
    }

    /// `[` / `]`: the record opened before or after along the trail.
    mutating func walkTrail(back: Bool, _ index: DatasetIndex) {
        if let ref = back ? trail.back() : trail.forward() {
            show(ref)
            message = StatusMessage("\(back ? "back" : "forward") to \(RecordLabel.chip(ref, index))")
        } else {
            message = StatusMessage(
                back ? "nothing to go back to — Enter on a link in Detail opens it" : "nothing ahead on the trail",
                shorter: [back ? "nothing back" : "nothing ahead"])
        }
    }

    /// A click on a line of Detail: a link there is selected and opened.
    mutating func clickDetail(line: Int, _ layout: Layout, _ index: DatasetIndex) {
        guard let detail = currentDetail(layout, index),
            let k = detail.link(near: line, after: true), detail.link(k)?.line == line, let link = detail.link(k)
        else { return }
        select(link: k, in: detail)
        open(link.ref, index)
    }
}
