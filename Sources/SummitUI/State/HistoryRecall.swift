import SummitModel

extension ExplorerState {
    /// Ctrl-P / Ctrl-N at a prompt: steps through the history of that prompt, newest first; stepping past the
    /// newest empties the line. A recalled search filters at once, as if typed.
    mutating func recallHistory(older: Bool, _ index: DatasetIndex) {
        let history: PromptHistory
        switch mode {
        case .search: history = searchHistory
        case .command: history = commandHistory
        default: return
        }
        guard !history.lines.isEmpty else {
            message = StatusMessage("nothing typed here before", shorter: ["no history"])
            return
        }
        if older {
            historyCursor = historyCursor.map { min($0 + 1, history.lines.count - 1) } ?? 0
        } else {
            guard let cursor = historyCursor else { return }
            historyCursor = cursor == 0 ? nil : cursor - 1
        }
        let line = historyCursor.flatMap { history.line(back: $0) } ?? ""
        switch mode {
        case .search:
            mode = .search(draft: line)
            keepLists(index)
            selectBestHits(index)
        case .command: mode = .command(draft: line, completions: CompletionList())
        default: break
        }
    }
}
