import FoundationEssentials
import SummitModel

/// A side effect the reducer asks for; the event loop performs it. Kept as a value so tests can see it.
public enum Effect: Hashable, Sendable {
    case quit(status: Int32)
    case suspend
    case redraw
}

/// The result of one command: the new state and, at most, one effect.
public struct Transition: Hashable, Sendable {
    public var state: ExplorerState
    public var effect: Effect?
}

/// reduce(state, command, index) → state (+ effect). Pure.
public enum Reducer {
    /// Exit statuses: 0 for q; 128 + signal number for Ctrl-C (SIGINT), SIGHUP and SIGTERM, as shells report them.
    public static let interruptedStatus: Int32 = 130
    public static let hangupStatus: Int32 = 129
    public static let terminatedStatus: Int32 = 143

    /// `keyMap` is the loop's binding table: the help it lays out sets how far help scrolls.
    public static func reduce(_ state: ExplorerState, _ command: Command, _ index: DatasetIndex, keyMap: KeyMap = .standard) -> Transition {
        var s = state
        s.message = nil
        // The derived views are those of `state`, refreshed at the end of the command that made it; they are
        // refreshed once more, at the end of this one (in `normalize`), and the lists before that only when the
        // chips or the search draft change.
        var effect: Effect?
        if case .present(let presentation) = s.mode, let presented = s.present(presentation, command, index) {
            s.normalize(index, keyMap: keyMap)
            return Transition(state: s, effect: presented)
        }
        let layout = Layout(size: s.size, focus: s.focus, zoomed: s.zoomed)
        switch command {
        case .nextPane: s.setFocus(PaneID.allCases[(s.focus.number) % PaneID.allCases.count])
        case .prevPane: s.setFocus(PaneID.allCases[(s.focus.number + 2) % PaneID.allCases.count])
        case .focus(let pane): s.setFocus(pane)
        case .moveDown: s.move(by: 1, layout, index, keyMap)
        case .moveUp: s.move(by: -1, layout, index, keyMap)
        case .pageDown: s.move(by: max(1, s.pageRows(layout) - 1), layout, index, keyMap)
        case .pageUp: s.move(by: -max(1, s.pageRows(layout) - 1), layout, index, keyMap)
        case .first: s.move(by: Int.min / 2, layout, index, keyMap)
        case .last: s.move(by: Int.max / 2, layout, index, keyMap)
        case .openDetail:
            if s.focus != .detail { s.setFocus(.detail); s.scroll[.detail] = 0 }
        case .back:
            s.notice = nil
            switch s.mode {
            case .help: s.closeHelp()
            case .source: s.mode = .browse
            default: if s.zoomed { s.zoomed = false } else if s.focus == .detail { s.setFocus(s.lastList) }
            }
        case .searchStart: s.mode = .search(draft: ""); s.historyCursor = nil
        case .historyPrevious: s.recallHistory(older: true, index)
        case .historyNext: s.recallHistory(older: false, index)
        case .insertText(let c): s.type(String(c), index)
        case .paste(let text): s.type(text, index)
        case .deleteChar:
            if case .search(let d) = s.mode {
                s.mode = d.isEmpty ? .browse : .search(draft: String(d.dropLast()))
                s.keepLists(index)
                s.selectBestHits(index)
            }
            if case .command(let d, _) = s.mode {
                s.mode = d.isEmpty ? .browse : .command(draft: String(d.dropLast()), completions: CompletionList())
            }
        case .searchAccept:
            if case .search(let d) = s.mode {
                let q = d.trimmingBlanks()
                s.searchHistory.record(q)
                if !q.isEmpty { s.chips.append(.text(q)); s.message = StatusMessage("kept the filter /\(q)", shorter: ["kept /\(q)"]) }
                // The draft is now a chip: the same rows, so the views stay valid.
                s.mode = .browse
                s.keepLists(index)
                // Left on an emptied list, the next key (Space, Enter) would act on nothing: go to the best match.
                // Every row shown matches q, so the best match shown is the best-ranked of those rows.
                if s.focus != .detail, s.rows(of: s.focus, index).isEmpty, let best = s.bestShown(matching: q, index),
                   let pane = PaneID.lists.first(where: { $0.kind == best.kind }) {
                    s.setFocus(pane)
                }
            }
            s.mode = .browse
        case .searchCancel, .commandCancel: s.mode = .browse
        case .commandLine: s.mode = .command(draft: "", completions: CompletionList()); s.historyCursor = nil
        case .commandComplete:
            guard case .command(let d, var list) = s.mode else { break }
            if list.candidates.count > 1 {
                // Tab again: put each candidate on the line in turn.
                let n = list.picked.map { ($0 + 1) % list.candidates.count } ?? 0
                list.picked = n
                s.mode = .command(draft: ExplorerCommandLine.draft(d, picking: list.candidates[n]), completions: list)
            } else {
                let (draft, candidates) = ExplorerCommandLine.complete(d, index)
                s.mode = .command(draft: draft, completions: CompletionList(candidates))
                if let why = ExplorerCommandLine.nothingToComplete(d, index) { s.message = StatusMessage(why, isError: true) }
            }
        case .commandAccept:
            if case .command(let d, _) = s.mode {
                s.mode = .browse
                s.commandHistory.record(d)
                switch ExplorerCommandLine.parse(d, index) {
                case .success(.add(let chip)): s.addChip(chip, index, keyMap)
                case .success(.clear): s.chips = []; s.message = StatusMessage("cleared all filters")
                case .success(.pins):
                    if s.pins.isEmpty { s.message = StatusMessage("nothing is pinned yet — m pins the selected record", shorter: ["no pins · m pins"], isError: true) }
                    else { s.addChip(.pinned(s.pins.refs), index, keyMap) }
                case .success(nil): break
                case .failure(let e): s.message = StatusMessage(e.message, isError: true)
                }
            }
        case .filterLinked:
            if let ref = s.selectedRef(of: s.focus == .detail ? s.lastList : s.focus, index) { s.addChip(.linked(ref), index, keyMap) }
            else { s.message = StatusMessage("nothing selected to link from", shorter: ["nothing to link from"], isError: true) }
        case .filterDropLast:
            if let chip = s.chips.popLast() { s.message = StatusMessage("dropped the filter \(chip.label(index))", shorter: ["dropped \(chip.label(index))"]) }
            else { s.message = StatusMessage("no filters to drop") }
        case .filterClear:
            s.message = StatusMessage(s.chips.isEmpty ? "no filters to clear" : "cleared all filters")
            s.chips = []
        case .sourceView:
            if case .source = s.mode { s.mode = .browse; break }
            let subject = s.subject(index)
            s.keepWrappedSource(index)
            var line = 0
            if let span = subject.flatMap({ index.span(of: $0) }) {
                line = max(0, s.wrappedSource(width: layout.body.width, index).line(of: span) - 2)
            }
            s.mode = .source(subject: subject, scroll: line)
        case .pinToggle: s.togglePin(index)
        case .pinMoveUp: s.movePin(by: -1, index)
        case .pinMoveDown: s.movePin(by: 1, index)
        case .help:
            if case .help = s.mode { s.closeHelp() } else {
                s.modeUnderHelp = [.source, .present].contains(s.mode.kind) ? s.mode : .browse
                s.mode = .help(scroll: 0)
            }
        case .present: s.startPresenting(index)
        case .zoom: s.zoomed.toggle()
        case .slideNext, .slidePrevious, .slideFirst, .slideLast, .slideGo, .slideBlank, .slideAuto, .presentLeave, .tick: break
        case .quit: effect = .quit(status: 0)
        case .interrupt: effect = .quit(status: interruptedStatus)
        case .hangup: effect = .quit(status: hangupStatus)
        case .terminate: effect = .quit(status: terminatedStatus)
        case .redraw: effect = .redraw
        case .suspend: effect = .suspend
        case .resize(let size):
            s.size = Size(width: max(0, size.width), height: max(0, size.height))
            // Help over a presentation: the slides behind it are laid out again too.
            if case .present(var p) = s.modeUnderHelp { p.resize(to: s.size, index); s.modeUnderHelp = .present(p) }
        case .mouse(let m): s.mouse(m, layout, index, keyMap)
        case .unbound(let key):
            if let help = keyMap.label(of: .help, in: .browse) {
                s.message = StatusMessage("\(key) does nothing here — press \(help) for the keys", shorter: ["\(key) does nothing · \(help) keys"], isError: true)
            } else {
                s.message = StatusMessage("\(key) does nothing here", isError: true)
            }
        }
        s.normalize(index, keyMap: keyMap)
        return Transition(state: s, effect: effect)
    }
}

extension ExplorerState {
    mutating func setFocus(_ pane: PaneID) {
        focus = pane
        if pane != .detail && lastList != pane { lastList = pane; scroll[.detail] = 0 }
    }

    mutating func addChip(_ chip: FilterChip, _ index: DatasetIndex, _ keyMap: KeyMap) {
        if chips.contains(chip) { message = StatusMessage("already filtering by \(chip.label(index))", shorter: ["already: \(chip.label(index))"]); return }
        chips.append(chip)
        keepLists(index)
        // Filters stack (AND): say so when the new one leaves nothing, or the user sees only empty panes.
        let empty = PaneID.lists.allSatisfy { rows(of: $0, index).isEmpty }
        let label = chip.label(index)
        // The keys as the loop's table has them (a config file may have moved them).
        let drop = keyMap.label(of: .filterDropLast, in: .browse), clear = keyMap.label(of: .filterClear, in: .browse)
        let glyph = drop == Key.backspace.label ? "⌫" : drop
        let how = [drop.map { "\($0) drops it" }, clear.map { "\($0) clears all" }].compactMap { $0 }.joined(separator: ", ")
        let dash = how.isEmpty ? "" : " — " + how
        let dropsShort = glyph.map { " · \($0) drops" } ?? ""
        message = empty
            ? StatusMessage("filter \(label) leaves nothing with the other filters" + dash,
                            shorter: ["\(label) leaves nothing" + dropsShort, "\(label): nothing" + dropsShort,
                                      "\(label) leaves nothing", "\(label): nothing"], isError: true)
            : StatusMessage("filter \(label)" + dash,
                            shorter: ["\(label)" + dropsShort + (clear.map { " · \($0) clears" } ?? ""), "\(label)" + dropsShort])
    }

    /// Types text into the search or command draft as one edit (a paste is one), within `PromptText.limit`.
    mutating func type(_ text: String, _ index: DatasetIndex) {
        switch mode {
        case .search(let d):
            let (draft, dropped) = PromptText.append(text, to: d)
            mode = .search(draft: draft)
            keepLists(index)
            selectBestHits(index)
            if dropped > 0 { message = PromptText.fullMessage(dropped: dropped) }
        case .command(let d, _):
            let (draft, dropped) = PromptText.append(text, to: d)
            mode = .command(draft: draft, completions: CompletionList())
            if dropped > 0 { message = PromptText.fullMessage(dropped: dropped) }
        default: break
        }
    }

    /// While a search is typed, each list selects its best-ranked match, so `/poland` shows Poland in the
    /// detail pane rather than the first record that mentions Poland.
    mutating func selectBestHits(_ index: DatasetIndex) {
        guard case .search(let draft) = mode, !draft.trimmingBlanks().isEmpty else { return }
        // Every row matches the draft (it is one of the chips in force): rank the rows alone.
        for pane in PaneID.lists {
            if let best = index.best(among: rows(of: pane, index), query: draft) { selection[pane] = best.ref }
        }
    }

    func pageRows(_ layout: Layout) -> Int {
        switch mode {
        case .source, .help: max(1, layout.body.height - 2)
        default: max(1, layout.contentRows(focus) == 0 ? layout.body.height - 2 : layout.contentRows(focus))
        }
    }

    /// Moves whatever the arrows move in this mode: the help text, the article, the detail text or a list.
    mutating func move(by delta: Int, _ layout: Layout, _ index: DatasetIndex, _ keyMap: KeyMap, pane: PaneID? = nil) {
        switch mode {
        case .help(let sc): mode = .help(scroll: clampAdd(sc, delta, 0, helpBox(keyMap).maxScroll))
        case .source(let subject, let sc):
            let count = wrappedSource(width: layout.body.width, index).lines.count
            mode = .source(subject: subject, scroll: clampAdd(sc, delta, 0, max(0, count - layout.body.height)))
        default:
            let pane = pane ?? focus
            if pane == .detail {
                scroll[.detail] = clampAdd(scroll[.detail] ?? 0, delta, 0, max(0, detailLineCount(layout, index) - layout.contentRows(.detail)))
                return
            }
            let rows = rows(of: pane, index)
            guard !rows.isEmpty else { return }
            let new = clampAdd(selectedRow(of: pane, rows: rows), delta, 0, rows.count - 1)
            if selection[pane] != rows[new] && pane == lastList { scroll[.detail] = 0 }
            selection[pane] = rows[new]
        }
    }

    /// How many lines the detail text has (kept with the state; see `DerivedViews`).
    func detailLineCount(_ layout: Layout, _ index: DatasetIndex) -> Int {
        guard let subject = subject(index) else { return 0 }
        return detailText(subject, width: layout.panes[.detail]?.width ?? layout.body.width, index).count
    }

    /// Click focuses and selects; the wheel moves the pane under the pointer (the article or help when shown).
    mutating func mouse(_ m: MouseEvent, _ layout: Layout, _ index: DatasetIndex, _ keyMap: KeyMap) {
        switch (mode, m.action) {
        case (.help, .press): mode = .browse
        case (.help, _), (.source, _):
            if m.action != .press { move(by: m.action == .wheelDown ? 3 : -3, layout, index, keyMap) }
        default:
            if m.action != .press {
                if let pane = layout.pane(at: m.x, m.y) { move(by: m.action == .wheelDown ? 3 : -3, layout, index, keyMap, pane: pane) }
                return
            }
            if let tab = layout.tab(at: m.x, m.y) { setFocus(tab); return }
            guard let pane = layout.pane(at: m.x, m.y), let rect = layout.panes[pane] else { return }
            setFocus(pane)
            guard pane.kind != nil, m.y > rect.y else { return }
            let rows = rows(of: pane, index)
            let visible = layout.contentRows(pane)
            let top = visibleScroll(selected: selectedRow(of: pane, rows: rows), wanted: scroll[pane] ?? 0, count: rows.count, rows: visible)
            let row = top + (m.y - rect.y - 1)
            if row < rows.count {
                if pane == lastList && selection[pane] != rows[row] { scroll[.detail] = 0 }
                selection[pane] = rows[row]; scroll[pane] = top
            }
        }
    }

    /// Brings the derived views up to date and keeps every list's scroll such that its selection is visible
    /// at the current size. `keyMap` is the loop's binding table (it sets the help's height).
    public mutating func normalize(_ index: DatasetIndex, keyMap: KeyMap = .standard) {
        refreshViews(index, keyMap: keyMap)
        let layout = Layout(size: size, focus: focus, zoomed: zoomed)
        for pane in PaneID.lists {
            let rows = rows(of: pane, index)
            let visible = layout.contentRows(pane)
            guard visible > 0 else { continue }
            scroll[pane] = visibleScroll(selected: selectedRow(of: pane, rows: rows), wanted: scroll[pane] ?? 0, count: rows.count, rows: visible)
        }
        // A resize can make the help fit better: k must move the view at once, not first undo hidden overshoot.
        if case .help(let sc) = mode { mode = .help(scroll: min(sc, helpBox(keyMap).maxScroll)) }
    }
}

/// a + delta clamped to lo...hi, without overflow for the huge deltas of first/last.
func clampAdd(_ a: Int, _ delta: Int, _ lo: Int, _ hi: Int) -> Int {
    let (sum, overflow) = a.addingReportingOverflow(delta)
    let v = overflow ? (delta > 0 ? hi : lo) : sum
    return min(max(v, lo), max(lo, hi))
}

extension ExplorerState {
    /// Leaves help for the mode it was opened from.
    mutating func closeHelp() {
        mode = modeUnderHelp
        modeUnderHelp = .browse
    }
}
