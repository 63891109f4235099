import SummitModel

/// The `/` and `:` prompts: typing, shell editing keys, history.
extension ExplorerState {
    /// The prompt being typed, replaced whole (the search re-filters the lists on every change).
    mutating func setPrompt(_ line: PromptLine, _ index: DatasetIndex) {
        switch mode {
        case .search:
            mode = .search(draft: line)
            keepLists(index)
            selectBestHits(index)
            lastSearch = line.text.trimmingBlanks().isEmpty ? lastSearch : line.text
            leaveEmptyPane(index)
        case .command: mode = .command(draft: line, completions: CompletionList())
        case .sourceSearch(_, let subject, let scroll):
            // The view follows the first hit from where it was; without one it stays.
            articleQuery = line.text
            let found = articleScroll(to: line.text, from: scroll + 2, forward: true, index)
            mode = .sourceSearch(draft: line, subject: subject, scroll: found?.scroll ?? scroll)
        default: break
        }
    }

    /// Types text at the cursor as one edit (a paste is one), within `PromptText.limit`.
    mutating func type(_ text: String, _ index: DatasetIndex) {
        guard var line = mode.prompt else { return }
        // PromptText decides what fits after the draft and what a pasted control character becomes.
        let draft = line.text
        let (whole, dropped) = PromptText.append(text, to: draft)
        line.insert(String(String.UnicodeScalarView(whole.unicodeScalars.dropFirst(draft.unicodeScalars.count))))
        setPrompt(line, index)
        if dropped > 0 { message = PromptText.fullMessage(dropped: dropped) }
    }

    /// One editing key. Backspace on an empty line leaves the prompt and says so, so the next letters are not
    /// taken for commands unseen.
    mutating func editPrompt(_ edit: PromptEdit, _ index: DatasetIndex) {
        guard var line = mode.prompt else { return }
        if edit == .deleteBackward, line.isEmpty, case .sourceSearch(_, let subject, let scroll) = mode {
            mode = .source(subject: subject, scroll: scroll)
            articleQuery = nil
            message = StatusMessage("left the article search", shorter: ["search off"])
            return
        }
        if edit == .deleteBackward, line.isEmpty {
            let search = mode.kind == .search
            mode = .browse
            keepLists(index)
            message =
                search
                ? StatusMessage(
                    "left search: keys are commands again (/ searches)", shorter: ["left search", "search off"])
                : StatusMessage(
                    "left the command line: keys are commands again", shorter: ["left the command line", ": off"])
            return
        }
        let before = line
        line.apply(edit)
        // A cursor move leaves the text, so the lists stay as they are.
        if line.text == before.text { mode = keepingCompletions(line) } else { setPrompt(line, index) }
    }

    /// The mode with `line` in its prompt and everything else as it was.
    private func keepingCompletions(_ line: PromptLine) -> Mode {
        switch mode {
        case .command(_, let list): .command(draft: line, completions: list)
        case .search: .search(draft: line)
        case .sourceSearch(_, let subject, let scroll): .sourceSearch(draft: line, subject: subject, scroll: scroll)
        default: mode
        }
    }

    /// ↑ / ↓ (Ctrl-P / Ctrl-N): an earlier line of the same prompt, then back to the line being typed.
    mutating func recall(older: Bool, _ index: DatasetIndex) {
        guard let line = mode.prompt else { return }
        let search = mode.kind != .command
        var history = search ? searchHistory : commandHistory
        let found = older ? history.older(than: line) : history.newer()
        if search { searchHistory = history } else { commandHistory = history }
        if let found {
            setPrompt(found, index)
        } else if older {
            message = StatusMessage(
                history.entries.isEmpty ? "no earlier \(search ? "searches" : "commands") yet" : "the oldest one")
        }
    }

    /// While typing a search, a focused list left with no match gives focus to the list holding the best-ranked
    /// match (so `/türk` with Pillars focused shows Türkiye, not "0/4"), which Detail then shows.
    /// The list the user chose stays focused while it has matches, so focus comes back to it as the search widens.
    mutating func leaveEmptyPane(_ index: DatasetIndex) {
        let home = searchHome ?? focus
        if home != .detail, !rows(of: home, index).isEmpty {
            if focus != home { setFocus(home) }
            return
        }
        guard focus != .detail, case .search(let draft) = mode,
            let best = bestShown(matching: draft.text, index),
            let pane = PaneID.lists.first(where: { $0.kind == best.kind })
        else { return }
        setFocus(pane)
    }

    /// `n` / `N`: the next (or previous) row of the focused list, after the selection and wrapping round, that
    /// matches the last search, as in less and vim.
    mutating func nextMatch(forward: Bool, _ index: DatasetIndex) {
        guard let query = lastSearch?.trimmingBlanks(), !query.isEmpty else {
            message = StatusMessage(
                "no search yet: / searches, then n and N move between its matches",
                shorter: ["no search yet: / first", "no search yet"], isError: true)
            return
        }
        let pane = focus == .detail ? lastList : focus
        let rows = rows(of: pane, index)
        guard !rows.isEmpty else {
            message = StatusMessage("no rows here to search", isError: true)
            return
        }
        let at = selectedRow(of: pane, rows: rows)
        // One pass round the list from the row after the selection: linear in the rows.
        for step in 1...rows.count {
            let i = ((at + (forward ? step : -step)) % rows.count + rows.count) % rows.count
            guard index.matches(rows[i], query: query) else { continue }
            if selection[pane] != rows[i] && pane == lastList {
                scroll[.detail] = 0
                pinned = nil
            }
            selection[pane] = rows[i]
            let wrapped = forward ? i <= at : i >= at
            message = StatusMessage(
                "/\(query): row \(i + 1) of \(rows.count)" + (wrapped ? " (wrapped)" : ""),
                shorter: ["/\(query) \(i + 1)/\(rows.count)"])
            return
        }
        message = StatusMessage("no \(pane.title.lowercased()) match /\(query)", shorter: ["no match"], isError: true)
    }
}
