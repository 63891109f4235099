import SummitModel

/// Bottom line: the draft being typed, or the message, or match counts; then the keys that matter now,
/// taken from the binding table.
enum StatusBar {
    static func render(_ grid: inout CellGrid, _ state: ExplorerState, _ index: DatasetIndex, keyMap: KeyMap) {
        let w = grid.size.width
        let y = grid.size.height - 1
        guard y >= 0 else { return }
        let bindings = hintBindings(keyMap, state.mode.kind)
        // The help hint is the one that must survive a narrow line: from it every other key can be found. Then the
        // hints ranked up to `essentialRank` (search, quit, link, source; keep, cancel, recall while typing) keep their place before the match counts, which have shorter forms; the rest fill what is left.
        let essentialWidth = reservedHintWidth(bindings, state, index, width: w)
        let helpWidth = essentialWidth > 0 ? essentialWidth + 1 : 0
        var left: [StyledChar]
        var cursor: Int?
        switch state.mode {
        case .search(let draft):
            (left, cursor) = promptLine("/", draft, state.message, width: w)
            if state.message == nil {
                let room = w - 1 - TextWidth.of(String(left.map(\.character))) - 2 - helpWidth
                left += Styled.chars("  " + counts(state, index, room: room), .status)
            }
        case .sourceSearch(let draft, _, _):
            (left, cursor) = promptLine("/", draft, state.message, width: w)
        case .command(let draft, let completions):
            (left, cursor) = promptLine(":", draft, state.message, width: w)
            left += candidates(completions, room: w - 2 - TextWidth.of(String(left.map(\.character))))
        case .source(let subject, let scroll) where state.message == nil:
            // Where the view is in the article, first, so a narrow line keeps it.
            let wrapped = state.wrappedSource(width: state.layout.body.width, index)
            let rows = max(1, grid.size.height - 2)
            let top = scrollTop(scroll, count: wrapped.lines.count, rows: rows)
            let position = PaneTitle.position(top: top, rows: rows, of: wrapped.lines.count).map { $0 + " " } ?? ""
            let text = position + "Article" + (subject.map { ", highlighting " + RecordLabel.short($0, index) } ?? "")
            // Cut to leave the help hint its place.
            left = Styled.chars(TextWidth.truncate(text, to: max(1, w - 3 - helpWidth)), .status)
        default:
            if let m = state.message ?? state.notice {
                left = Styled.chars(m.text(fitting: w - 1), m.isError ? .error : .status)
            } else {
                left = Styled.chars(counts(state, index, room: w - 1 - 2 - helpWidth), .status)
            }
        }
        left = Styled.chars(" ", .status) + left
        // A message or a draft keeps its room; plain counts give up to half the line to the key hints.
        let countsOnly = (state.message ?? state.notice) == nil && [.browse, .help].contains(state.mode.kind)
        let leftWidth = min(TextWidth.of(String(left.map(\.character))), countsOnly ? w - 2 - essentialWidth : w)
        // Hints are picked help first, then by rank until one does not fit (they yield to the message); shown in rank order.
        var picked: [Binding] = []
        var used = leftWidth + 2
        for b in bindings.sorted(by: { priority($0) < priority($1) }) {
            let width = piece(b).chars.count
            if used + width > w { break }
            picked.append(b)
            used += width
        }
        var hints: [StyledChar] = bindings.filter { b in picked.contains(b) }.flatMap { piece($0).chars }
        hints += Styled.chars(" ", .status)
        let hintWidth = hints.count > 1 ? TextWidth.of(String(hints.map(\.character))) : 0
        grid.write(left, x: 0, y: y, width: w - hintWidth, fill: .status)
        if hintWidth > 0 { grid.write(hints, x: w - hintWidth, y: y, width: hintWidth) }
        if let cursor { grid.cursor = (min(w - 1, cursor + 1), y) }
    }

    /// Hints of this rank or better are kept before the counts are given their longest form.
    static let essentialRank = 5

    /// The width of the essential hints (help first, then by rank) that fit beside the shortest labelled counts
    /// (the focused list's, "Pil 4") and the start of a search being typed.
    /// A prompt's line: its sigil, the draft shown around the cursor (half the line when a message shares it), then
    /// the message; with the cursor's column.
    static func promptLine(_ sigil: String, _ draft: PromptLine, _ message: StatusMessage?, width w: Int)
        -> (chars: [StyledChar], cursor: Int)
    {
        let shown = draft.visible(width: message == nil ? w - 3 : max(1, (w - 3) / 2))
        var line = Styled.chars(sigil, .key) + Styled.chars(shown.text, .status)
        if let m = message {
            let room = w - 1 - TextWidth.of(String(line.map(\.character))) - 3
            line += Styled.chars("   " + m.text(fitting: room), m.isError ? .error : .status)
        }
        return (line, 1 + shown.cursor)
    }

    static func reservedHintWidth(_ bindings: [Binding], _ state: ExplorerState, _ index: DatasetIndex, width w: Int)
        -> Int
    {
        let focused = state.focus.kind != nil ? state.focus : state.lastList
        let shortest = String(focused.title.prefix(3)) + " " + state.shownCount(of: focused, index)
        let draft = state.mode.prompt.map { 3 + min(TextWidth.of($0.text), 12) } ?? 0
        let least = 1 + draft + TextWidth.of(shortest) + 3
        var reserved = 0
        // The source view's line is where the article is: only help is kept before it, as before.
        let essential = state.mode.kind == .source ? -1 : essentialRank
        for b in bindings.sorted(by: { priority($0) < priority($1) })
        where b.command == .help || b.hintRank <= essential {
            let width = piece(b).chars.count
            // Help keeps its place on any line, as before; the others only beside the shortest counts.
            guard b.command == .help || least + reserved + width <= w else { break }
            reserved += width
        }
        return reserved
    }

    /// Help first, then by rank.
    static func priority(_ b: Binding) -> (Int, Int) { (b.command == .help ? 0 : 1, b.hintRank) }

    /// The bindings with a status bar hint in a mode, in rank order.
    static func hintBindings(_ keyMap: KeyMap, _ mode: ModeKind) -> [Binding] {
        keyMap.bindings(in: mode).filter { $0.hint != nil && !$0.keys.isEmpty }.sorted { $0.hintRank < $1.hintRank }
    }

    /// One hint as drawn: " key word".
    static func piece(_ b: Binding) -> (chars: [StyledChar], text: String) {
        let key = b.keys.first?.label ?? ""
        let hint = b.hint ?? ""
        let chars = Styled.chars(" ", .status) + Styled.chars(key, .key) + Styled.chars(" " + hint, .status)
        return (chars, String(chars.map(\.character)))
    }

    /// The Tab candidates, the one on the line marked; on a narrow line the list starts late enough for
    /// the marked one to show, with "…" for those left off before it.
    static func candidates(_ list: CompletionList, room: Int) -> [StyledChar] {
        let labels = list.candidates.map(\.label)
        guard !labels.isEmpty else { return [] }
        var start = 0
        if let picked = list.picked {
            func width(_ from: Int) -> Int {
                3 + (from > 0 ? 3 : 0) + labels[from...picked].reduce(0) { $0 + TextWidth.of($1) + 2 }
            }
            while start < picked && width(start) > room { start += 1 }
        }
        var out = Styled.chars(start > 0 ? "   … " : "   ", .status)
        for n in start..<labels.count {
            if n > start { out += Styled.chars("  ", .status) }
            out += Styled.chars(labels[n], n == list.picked ? .selected : .status)
        }
        return out
    }

    /// Match counts per list pane, in the longest form that fits `room` columns: "Pillars 4 · Positions 15 ·
    /// Quotes 15 · Figures 9 · Events 15 · Questions 6", then "Pil 4 · Pos 15 · …", then "4 · 15 · …" (pane order);
    /// on a line too narrow for six, the same forms for the lists on screen (the shelf's list alone of its four).
    /// Counts are never cut: a cut count ("Positions 1…") reads as a wrong number.
    static func counts(_ state: ExplorerState, _ index: DatasetIndex, room: Int = .max) -> String {
        let placed = state.layout.places.filter { $0.kind != nil }
        // Labelled forms first, the six lists before the lists on screen; bare numbers only when no label fits.
        var labelled: [String] = []
        var bare: [String] = []
        // Last of the labelled forms, the focused list alone (as its title and tab say), so a narrow line keeps its hints.
        let focused = state.focus.kind != nil ? state.focus : state.lastList
        for panes in [PaneID.lists, placed, [focused]] {
            let numbers = panes.map { state.shownCount(of: $0, index) }
            for labels in [panes.map { $0.title + " " }, panes.map { String($0.title.prefix(3)) + " " }] {
                labelled.append(zip(labels, numbers).map { $0 + $1 }.joined(separator: " · "))
            }
            bare.append(numbers.joined(separator: " · "))
        }
        let texts = labelled + bare
        return texts.first { TextWidth.of($0) <= room } ?? texts[texts.count - 1]
    }
}
