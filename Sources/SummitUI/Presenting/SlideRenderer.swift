import SummitModel

/// Draws the slide a presentation is on: heading, body and the quiet footer (references, `n / N`, progress bar).
/// Pure, like the explorer's renderer; only the current slide's items are built.
enum SlideRenderer {
    static func render(_ grid: inout CellGrid, _ p: Presentation, _ index: DatasetIndex, message: StatusMessage?) {
        let section = p.section
        let frame = SlideFrame(size: grid.size, heading: section.heading)
        if frame.tooSmall {
            TooSmall.render(&grid, need: SlideFrame.minimum)
            return
        }
        if p.blank { return }
        for (i, row) in frame.heading.enumerated() {
            grid.write(Styled.chars(row, .slideHeading), x: frame.left, y: frame.top + i, width: frame.width)
        }
        let items = SlideContent.items(section, index, width: frame.width, range: p.current.items)
        body(&grid, items.flatMap(\.lines), frame: frame, kind: section.kind)
        footer(&grid, p, refs: items.compactMap(\.ref), index, frame: frame, message: message)
    }

    /// The body's lines from the top; a title, quote or closing slide stands in the middle of the room it has,
    /// a quote double-spaced when there is room.
    private static func body(
        _ grid: inout CellGrid, _ lines: [[StyledChar]], frame: SlideFrame, kind: BriefingSection.Kind
    ) {
        var lines = lines
        let room = frame.body.height
        if kind == .quote, lines.count * 2 - 1 <= room {
            lines = lines.enumerated().flatMap { $0.offset == 0 ? [$0.element] : [[], $0.element] }
        }
        var y = frame.body.y
        if [.quote, .title, .closing].contains(kind), lines.count < room { y += (room - lines.count) / 3 }
        for (i, line) in lines.prefix(room).enumerated() {
            let cut = i == room - 1 && lines.count > room
            grid.write(cut ? line + Styled.chars(" …", .dim) : line, x: frame.left, y: y + i, width: frame.width)
        }
    }

    /// `[id ¶N]` of what is on the slide (quiet), the slide number or the one being typed, and the progress bar.
    private static func footer(
        _ grid: inout CellGrid, _ p: Presentation, refs: [RecordRef], _ index: DatasetIndex,
        frame: SlideFrame, message: StatusMessage?
    ) {
        var right = "\(p.page + 1) / \(p.count)"
        if !p.digits.isEmpty {
            right = "go to \(p.digits)▏ Enter"
        } else if p.autoSeconds != nil {
            right = (p.autoRunning ? "auto · " : "auto paused (a) · ") + right
        }
        let rightWidth = TextWidth.of(right)
        let room = max(0, frame.width - rightWidth - 2)
        if let message {
            grid.write(
                message.text(fitting: room), x: frame.left, y: frame.footerY, width: room,
                style: message.isError ? .error : .dim)
        } else if p.page == 0 {
            grid.write(
                "→ Space next · ← back · ? keys · q leaves", x: frame.left, y: frame.footerY, width: room, style: .dim)
        } else {
            let references = refs.map { ref in
                p.paragraphs.reference(id: ref.id, span: index.span(of: ref))
            }.joined(separator: " ")
            grid.write(references, x: frame.left, y: frame.footerY, width: room, style: .dim)
        }
        grid.write(right, x: frame.left + frame.width - rightWidth, y: frame.footerY, width: rightWidth, style: .normal)
        let done =
            p.count <= 1 ? frame.width : Int((Double(p.page) / Double(p.count - 1) * Double(frame.width)).rounded())
        grid.write(String(repeating: "━", count: done), x: frame.left, y: frame.barY, width: done, style: .progress)
        let rest = frame.width - done
        if rest > 0 {
            grid.write(
                String(repeating: "─", count: rest), x: frame.left + done, y: frame.barY, width: rest, style: .dim)
        }
    }
}
