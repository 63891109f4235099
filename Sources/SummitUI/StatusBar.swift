import SummitModel

/// Bottom line: the draft being typed, or the message, or match counts; then the keys that matter now,
/// taken from the binding table.
enum StatusBar {
    static func render(_ grid: inout CellGrid, _ state: ExplorerState, _ index: DatasetIndex, keyMap: KeyMap) {
        let w = grid.size.width, y = grid.size.height - 1
        guard y >= 0 else { return }
        var left: [StyledChar]
        var cursor: Int?
        switch state.mode {
        case .search(let draft):
            left = Styled.chars("/", .key) + Styled.chars(draft, .status)
            cursor = TextWidth.of(String(left.map(\.character)))
            left += Styled.chars("  " + counts(state, index), .status)
        case .command(let draft, let completions):
            left = Styled.chars(":", .key) + Styled.chars(draft, .status)
            cursor = TextWidth.of(String(left.map(\.character)))
            if let m = state.message { left += Styled.chars("   " + m.text, m.isError ? .error : .status) }
            left += candidates(completions, room: w - 2 - TextWidth.of(String(left.map(\.character))))
        case .source(let subject, _) where state.message == nil:
            left = Styled.chars("Article" + (subject.map { ", highlighting " + RecordLabel.short($0, index) } ?? ""), .status)
        default:
            if let m = state.message { left = Styled.chars(m.text, m.isError ? .error : .status) }
            else { left = Styled.chars(counts(state, index), .status) }
        }
        left = Styled.chars(" ", .status) + left
        // A message or a draft keeps its room; plain counts give up to half the line to the key hints.
        let countsOnly = state.message == nil && [.browse, .help].contains(state.mode.kind)
        let leftWidth = min(TextWidth.of(String(left.map(\.character))), countsOnly ? w / 2 : w)
        var hints: [StyledChar] = []
        for b in keyMap.bindings(in: state.mode.kind).filter({ $0.hint != nil }).sorted(by: { $0.hintRank < $1.hintRank }) {
            guard let hint = b.hint, let key = b.keys.first else { continue }
            let piece = Styled.chars(" ", .status) + Styled.chars(key.label, .key) + Styled.chars(" " + hint, .status)
            if leftWidth + 2 + hints.count + piece.count > w { break }  // hints yield to the message
            hints += piece
        }
        hints += Styled.chars(" ", .status)
        let hintWidth = hints.count > 1 ? TextWidth.of(String(hints.map(\.character))) : 0
        grid.write(left, x: 0, y: y, width: w - hintWidth, fill: .status)
        if hintWidth > 0 { grid.write(hints, x: w - hintWidth, y: y, width: hintWidth) }
        if let cursor { grid.cursor = (min(w - 1, cursor + 1), y) }
    }

    /// The Tab candidates, the one on the line marked; on a narrow line the list starts late enough for
    /// the marked one to show, with "…" for those left off before it.
    static func candidates(_ list: CompletionList, room: Int) -> [StyledChar] {
        let labels = list.candidates.map(\.label)
        guard !labels.isEmpty else { return [] }
        var start = 0
        if let picked = list.picked {
            func width(_ from: Int) -> Int { 3 + (from > 0 ? 3 : 0) + labels[from...picked].reduce(0) { $0 + TextWidth.of($1) + 2 } }
            while start < picked && width(start) > room { start += 1 }
        }
        var out = Styled.chars(start > 0 ? "   … " : "   ", .status)
        for n in start..<labels.count {
            if n > start { out += Styled.chars("  ", .status) }
            out += Styled.chars(labels[n], n == list.picked ? .selected : .status)
        }
        return out
    }

    static func counts(_ state: ExplorerState, _ index: DatasetIndex) -> String {
        PaneID.lists.map { pane in
            let shown = state.rows(of: pane, index).count, total = index.refs(of: pane.kind!).count
            return "\(pane.title) " + (shown == total ? "\(total)" : "\(shown)/\(total)")
        }.joined(separator: " · ")
    }
}
