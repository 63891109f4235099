import FoundationEssentials
import SummitModel

/// A side effect the reducer asks for; the event loop performs it. Kept as a value so tests can see it.
public enum Effect: Hashable, Sendable {
    case quit(status: Int32)
    case suspend
    case redraw
    /// Bytes for the terminal itself, outside the screen (OSC 52, which sets the clipboard).
    case send([UInt8])
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
    public static func reduce(
        _ state: ExplorerState, _ command: Command, _ index: DatasetIndex, keyMap: KeyMap = .standard
    ) -> Transition {
        var s = state
        s.message = nil
        let offered = s.offeredChip
        s.offeredChip = nil
        // The derived views are those of `state`, refreshed at the end of the command that made it; they are
        // refreshed once more, at the end of this one (in `normalize`), and the lists before that only when the
        // chips or the search draft change.
        var effect: Effect?
        if case .present(let presentation) = s.mode, let presented = s.present(presentation, command, index) {
            s.normalize(index, keyMap: keyMap)
            return Transition(state: s, effect: presented)
        }
        let layout = s.layout
        // Below the smallest size nothing is drawn but a message: keys that change the view would act unseen.
        if layout.shape == .tooSmall, command.actsUnseen {
            s.message = StatusMessage("terminal too small: key ignored", isError: true)
            return Transition(state: s, effect: nil)
        }
        switch command {
        case .nextPane:
            s.setFocus(s.focus.step(by: 1))
            s.searchHome = s.focus
        case .prevPane:
            s.setFocus(s.focus.step(by: -1))
            s.searchHome = s.focus
        case .focus(let pane): s.setFocus(pane)
        case .moveDown: s.move(by: 1, layout, index, keyMap)
        case .moveUp:
            // ↑ on an empty / line recalls the last search, as a shell does; once anything is typed it moves rows.
            if case .search(let draft) = s.mode, draft.isEmpty, !s.searchHistory.entries.isEmpty {
                s.recall(older: true, index)
            } else {
                s.move(by: -1, layout, index, keyMap)
            }
        case .pageDown: s.move(by: max(1, s.pageRows(layout) - 1), layout, index, keyMap)
        case .pageUp: s.move(by: -max(1, s.pageRows(layout) - 1), layout, index, keyMap)
        case .first: s.move(by: Int.min / 2, layout, index, keyMap)
        case .last: s.move(by: Int.max / 2, layout, index, keyMap)
        case .openDetail:
            if s.focus == .detail {
                s.followSelectedLink(layout, index)
                break
            }
            if let subject = s.subject(index) { s.trail.visit(subject) }
            s.setFocus(.detail)
            s.scroll[.detail] = 0
            s.detailLink = nil
        case .back:
            s.notice = nil
            switch s.mode {
            case .help: s.closeHelp()
            case .source:
                s.mode = .browse
                s.articleQuery = nil
            case .counts: s.mode = .browse
            default:
                if s.zoomed {
                    s.zoomed = false
                } else if s.focus == .detail {
                    s.pinned = nil
                    s.detailLink = nil
                    s.setFocus(s.lastList)
                }
            }
        case .searchStart:
            s.searchHistory.restart()
            if case .source(let subject, let scroll) = s.mode {
                s.mode = .sourceSearch(draft: PromptLine(), subject: subject, scroll: scroll)
                break
            }
            s.mode = .search(draft: PromptLine())
            s.searchHome = s.focus
        case .insertText(let c): s.type(String(c), index)
        case .paste(let text): s.type(text, index)
        case .editPrompt(let edit): s.editPrompt(edit, index)
        case .historyOlder: s.recall(older: true, index)
        case .historyNewer: s.recall(older: false, index)
        case .nextMatch:
            if s.mode.kind == .source {
                s.nextArticleHit(forward: true, index)
            } else {
                s.nextMatch(forward: true, index)
            }
        case .previousMatch:
            if s.mode.kind == .source {
                s.nextArticleHit(forward: false, index)
            } else {
                s.nextMatch(forward: false, index)
            }
        case .trailBack: s.walkTrail(back: true, index)
        case .trailForward: s.walkTrail(back: false, index)
        case .copyRecord: effect = s.copyRecord(index)
        case .copyCommand: effect = s.copyCommand(index)
        case .searchAccept:
            if case .sourceSearch(let d, let subject, let scroll) = s.mode {
                s.searchHistory.add(d.text)
                s.mode = .source(subject: subject, scroll: scroll)
                let hits = ArticleSearch.hits(d.text, index).count
                s.message = StatusMessage(
                    "/\(d.text.trimmingBlanks()): \(hits) hit\(hits == 1 ? "" : "s") in the article — n and N go to them",
                    shorter: ["\(hits) hits · n N"])
                break
            }
            if case .search(let d) = s.mode {
                s.searchHistory.add(d.text)
                let q = d.text.trimmingBlanks()
                if !q.isEmpty {
                    s.chips.append(.text(q))
                    s.message = StatusMessage("kept the filter /\(q)", shorter: ["kept /\(q)"])
                }
                // The draft is now a chip: the same rows, so the views stay valid.
                s.mode = .browse
                s.keepLists(index)
                // Left on an emptied list, the next key (Space, Enter) would act on nothing: go to the best match.
                // Every row shown matches q, so the best match shown is the best-ranked of those rows.
                if s.focus != .detail, s.rows(of: s.focus, index).isEmpty, let best = s.bestShown(matching: q, index),
                    let pane = PaneID.lists.first(where: { $0.kind == best.kind })
                {
                    s.setFocus(pane)
                }
            }
            s.mode = .browse
        case .searchCancel, .commandCancel:
            if let article = s.mode.article {
                s.mode = .source(subject: article.subject, scroll: article.scroll)
                s.articleQuery = nil
            } else {
                s.mode = .browse
            }
        case .commandLine:
            s.mode = .command(draft: PromptLine(), completions: CompletionList())
            s.commandHistory.restart()
        case .commandComplete:
            guard case .command(let d, var list) = s.mode else { break }
            if list.candidates.count > 1 {
                // Tab again: put each candidate on the line in turn.
                let n = list.picked.map { ($0 + 1) % list.candidates.count } ?? 0
                list.picked = n
                s.mode = .command(
                    draft: PromptLine(ExplorerCommandLine.draft(d.text, picking: list.candidates[n])), completions: list
                )
            } else {
                let (draft, candidates) = ExplorerCommandLine.complete(d.text, index)
                s.mode = .command(
                    draft: PromptLine(draft), completions: CompletionList(s.counting(candidates, of: draft, index)))
                if let why = ExplorerCommandLine.nothingToComplete(d.text, index) {
                    s.message = StatusMessage(why, isError: true)
                }
            }
        case .commandAccept:
            if case .command(let d, _) = s.mode {
                s.mode = .browse
                s.commandHistory.add(d.text)
                switch ExplorerCommandLine.parse(d.text, index) {
                case .success(.goto(let ref)): s.open(ref, index)
                case .success(.add(let chip)): s.addChip(chip, index, keyMap)
                case .success(.clear):
                    s.chips = []
                    s.message = StatusMessage("cleared all filters")
                case .success(.pins):
                    if s.pins.isEmpty {
                        s.message = StatusMessage(
                            "nothing is pinned yet — m pins the selected record", shorter: ["no pins · m pins"],
                            isError: true)
                    } else {
                        s.addChip(.pinned(s.pins.refs), index, keyMap)
                    }
                case .success(nil): break
                case .failure(let e): s.message = StatusMessage(e.message, isError: true)
                }
            }
        case .filterLinked:
            if let ref = s.selectedRef(of: s.focus == .detail ? s.lastList : s.focus, index) {
                s.addChip(.linked(ref), index, keyMap)
            } else {
                s.message = StatusMessage(
                    "nothing selected to link from", shorter: ["nothing to link from"], isError: true)
            }
        case .filterDropLast:
            if let chip = s.chips.popLast() {
                s.message = StatusMessage(
                    "dropped the filter \(chip.label(index))", shorter: ["dropped \(chip.label(index))"])
            } else {
                s.message = StatusMessage("no filters to drop")
            }
        case .filterClear:
            s.message = StatusMessage(s.chips.isEmpty ? "no filters to clear" : "cleared all filters")
            s.chips = []
        case .sourceView:
            if case .source = s.mode {
                s.mode = .browse
                s.articleQuery = nil
                break
            }
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
            if case .help = s.mode {
                s.closeHelp()
            } else {
                s.modeUnderHelp = [.source, .present, .counts].contains(s.mode.kind) ? s.mode : .browse
                s.mode = .help(scroll: 0)
            }
        case .present: s.startPresenting(index)
        case .zoom: s.zoomed.toggle()
        case .slideNext, .slidePrevious, .slideFirst, .slideLast, .slideGo, .slideBlank, .slideAuto, .presentLeave,
            .tick:
            break
        case .facetCounts:
            if case .counts = s.mode {
                s.mode = .browse
            } else {
                s.mode = .counts(FacetTable(pane: s.focus == .detail ? s.lastList : s.focus))
            }
        case .facetPick:
            guard case .counts(let table) = s.mode else { break }
            s.mode = .browse
            let rows = table.rows(s, index)
            if rows.indices.contains(table.selected), let chip = table.chip(rows[table.selected].value) {
                s.addChip(chip, index, keyMap)
            }
        case .quit: effect = .quit(status: 0)
        case .interrupt: effect = .quit(status: interruptedStatus)
        case .hangup: effect = .quit(status: hangupStatus)
        case .terminate: effect = .quit(status: terminatedStatus)
        case .redraw: effect = .redraw
        case .suspend: effect = .suspend
        case .resize(let size):
            s.size = Size(width: max(0, size.width), height: max(0, size.height))
            // Help over a presentation: the slides behind it are laid out again too.
            if case .present(var p) = s.modeUnderHelp {
                p.resize(to: s.size, index)
                s.modeUnderHelp = .present(p)
            }
        case .mouse(let m): s.mouse(m, layout, index, keyMap, offered: offered)
        case .unbound(let key):
            if let help = keyMap.label(of: .help, in: .browse) {
                s.message = StatusMessage(
                    "\(key) does nothing here — press \(help) for the keys",
                    shorter: ["\(key) does nothing · \(help) keys"], isError: true)
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
        if PaneID.shelf.contains(pane) { shelf = pane }
        if pane != .detail && lastList != pane {
            lastList = pane
            scroll[.detail] = 0
            pinned = nil
            detailLink = nil
        }
    }

    mutating func addChip(_ chip: FilterChip, _ index: DatasetIndex, _ keyMap: KeyMap) {
        if chips.contains(chip) {
            message = StatusMessage(
                "already filtering by \(chip.label(index))", shorter: ["already: \(chip.label(index))"])
            return
        }
        chips.append(chip)
        keepLists(index)
        // Filters stack (AND): say so when the new one leaves nothing, or the user sees only empty panes.
        let empty = PaneID.lists.allSatisfy { rows(of: $0, index).isEmpty }
        let label = chip.label(index)
        // The keys as the loop's table has them (a config file may have moved them).
        let drop = keyMap.label(of: .filterDropLast, in: .browse)
        let clear = keyMap.label(of: .filterClear, in: .browse)
        let glyph = drop == Key.backspace.label ? "⌫" : drop
        let how = [drop.map { "\($0) drops it" }, clear.map { "\($0) clears all" }].compactMap { $0 }.joined(
            separator: ", ")
        let dash = how.isEmpty ? "" : " — " + how
        let dropsShort = glyph.map { " · \($0) drops" } ?? ""
        message =
            empty
            ? StatusMessage(
                "filter \(label) leaves nothing with the other filters" + dash,
                shorter: [
                    "\(label) leaves nothing" + dropsShort, "\(label): nothing" + dropsShort,
                    "\(label) leaves nothing", "\(label): nothing",
                ], isError: true)
            : StatusMessage(
                "filter \(label)" + dash,
                shorter: ["\(label)" + dropsShort + (clear.map { " · \($0) clears" } ?? ""), "\(label)" + dropsShort])
    }

    /// While a search is typed, each list selects its best-ranked match, so `/poland` shows Poland in the
    /// detail pane rather than the first record that mentions Poland.
    mutating func selectBestHits(_ index: DatasetIndex) {
        guard case .search(let draft) = mode, !draft.text.trimmingBlanks().isEmpty else { return }
        // Every row matches the draft (it is one of the chips in force): rank the rows alone.
        for pane in PaneID.lists {
            if let best = index.best(among: rows(of: pane, index), query: draft.text) { selection[pane] = best.ref }
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
        case .counts(var table):
            table.selected = clampAdd(table.selected, delta, 0, max(0, table.rows(self, index).count - 1))
            mode = .counts(table)
        case .source(let subject, let sc):
            let count = wrappedSource(width: layout.body.width, index).lines.count
            mode = .source(subject: subject, scroll: clampAdd(sc, delta, 0, max(0, count - layout.body.height)))
        default:
            let pane = pane ?? focus
            if pane == .detail {
                moveInDetail(by: delta, layout, index)
                return
            }
            let rows = rows(of: pane, index)
            guard !rows.isEmpty else { return }
            let new = clampAdd(selectedRow(of: pane, rows: rows), delta, 0, rows.count - 1)
            // A new selection in the list Detail follows gives Detail back to the list.
            if selection[pane] != rows[new] && pane == lastList {
                scroll[.detail] = 0
                pinned = nil
                detailLink = nil
            }
            selection[pane] = rows[new]
        }
    }

    /// How many lines the detail text has (kept with the state; see `DerivedViews`).
    func detailLineCount(_ layout: Layout, _ index: DatasetIndex) -> Int {
        guard let subject = subject(index) else { return 0 }
        return detailText(subject, width: layout.panes[.detail]?.width ?? layout.body.width, index).count
    }

    /// A click on a chip selects it and offers to remove it; a second click on the same chip removes it (as a
    /// click on a row selects it and Enter, or a click on a link, opens it). Nothing is lost to one stray click.
    mutating func clickChip(_ chip: Int, offered: Int?, _ index: DatasetIndex) {
        let label = chips[chip].label(index)
        if offered == chip {
            chips.remove(at: chip)
            message = StatusMessage("dropped the filter \(label)", shorter: ["dropped \(label)"])
            return
        }
        offeredChip = chip
        message = StatusMessage(
            "filter \(label): click it again to remove it", shorter: ["click again: remove \(label)", "click: remove"])
    }

    /// Click focuses and selects; the wheel moves the pane under the pointer (the article or help when shown).
    mutating func mouse(
        _ m: MouseEvent, _ layout: Layout, _ index: DatasetIndex, _ keyMap: KeyMap, offered: Int? = nil
    ) {
        switch (mode, m.action) {
        case (.help, .press), (.counts, .press): mode = .browse
        case (.help, _), (.source, _), (.counts, _):
            if m.action != .press { move(by: m.action == .wheelDown ? 3 : -3, layout, index, keyMap) }
        default:
            if m.action != .press {
                if let pane = layout.pane(at: m.x, m.y) {
                    move(by: m.action == .wheelDown ? 3 : -3, layout, index, keyMap, pane: pane)
                }
                return
            }
            if m.y == 0, !layout.zoomed, let chip = HeaderBar.chip(at: m.x, self, index, width: layout.size.width) {
                clickChip(chip, offered: offered, index)
                return
            }
            if let tab = layout.tab(at: m.x, m.y) {
                setFocus(tab)
                return
            }
            guard let pane = layout.pane(at: m.x, m.y), let rect = layout.panes[pane] else { return }
            if pane == .detail, m.y > rect.y {
                let top = scrollTop(
                    scroll[.detail] ?? 0, count: detailLineCount(layout, index), rows: layout.contentRows(.detail))
                setFocus(.detail)
                clickDetail(line: top + (m.y - rect.y - 1), layout, index)
                return
            }
            setFocus(pane)
            guard pane.kind != nil, m.y > rect.y else { return }
            let rows = rows(of: pane, index)
            let visible = layout.contentRows(pane)
            let top = visibleScroll(
                selected: selectedRow(of: pane, rows: rows), wanted: scroll[pane] ?? 0, count: rows.count, rows: visible
            )
            let row = top + (m.y - rect.y - 1)
            if row < rows.count {
                if pane == lastList && selection[pane] != rows[row] {
                    scroll[.detail] = 0
                    pinned = nil
                    detailLink = nil
                }
                selection[pane] = rows[row]
                scroll[pane] = top
            }
        }
    }

    /// Brings the derived views up to date and keeps every list's scroll such that its selection is visible
    /// at the current size. `keyMap` is the loop's binding table (it sets the help's height).
    public mutating func normalize(_ index: DatasetIndex, keyMap: KeyMap = .standard) {
        refreshViews(index, keyMap: keyMap)
        let layout = self.layout
        for pane in PaneID.lists {
            let rows = rows(of: pane, index)
            let visible = layout.contentRows(pane)
            guard visible > 0 else { continue }
            scroll[pane] = visibleScroll(
                selected: selectedRow(of: pane, rows: rows), wanted: scroll[pane] ?? 0, count: rows.count, rows: visible
            )
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
