import SummitModel

/// `y` and `Y`: copy to the terminal's clipboard, saying what and how many characters.
extension ExplorerState {
    mutating func copyRecord(_ index: DatasetIndex) -> Effect? {
        guard let ref = subject(index) else {
            message = StatusMessage("nothing selected to copy", isError: true)
            return nil
        }
        let reference = index.reference(ref)
        return copy(
            CopiedText.record(ref, index), what: RecordLabel.chip(ref, index) + " " + reference, briefly: reference)
    }

    mutating func copyCommand(_ index: DatasetIndex) -> Effect? {
        let (line, leftOut) = CopiedText.command(focus == .detail ? lastList : focus, chips, index)
        let effect = copy(line, what: line)
        if effect != nil, !leftOut.isEmpty {
            let names = leftOut.map { $0.label(index) }.joined(separator: ", ")
            message = StatusMessage(
                "copied “\(line)” — no flag for \(names)", shorter: message.map { [$0.text] + $0.shorter } ?? [])
        }
        return effect
    }

    /// `briefly` names what was copied on a line too narrow for `what` (a record's `[id ¶N]`).
    private mutating func copy(_ text: String, what: String, briefly: String? = nil) -> Effect? {
        guard let clipboard else {
            message = StatusMessage(
                "copying is off (--no-clipboard, or clipboard = false in the config file)",
                shorter: ["copying is off", "copy off"], isError: true)
            return nil
        }
        let count = Clipboard.safe(text).count
        message = StatusMessage(
            "copied \(what) (\(count) characters)",
            shorter: (briefly.map { ["copied \($0) (\(count) characters)"] } ?? []) + [
                "copied \(count) characters", "copied \(count)",
            ])
        return .send(clipboard.sequence(for: text))
    }
}
