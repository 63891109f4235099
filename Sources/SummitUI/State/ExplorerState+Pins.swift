import SummitModel

extension ExplorerState {
    /// The record `m`, `J` and `K` act on: the focused list's selection, or the Detail pane's subject.
    func pinTarget(_ index: DatasetIndex) -> RecordRef? {
        focus == .detail ? subject(index) : selectedRef(of: focus, index)
    }

    mutating func togglePin(_ index: DatasetIndex) {
        guard let ref = pinTarget(index) else {
            message = StatusMessage("nothing selected to pin", isError: true)
            return
        }
        let name = TextWidth.truncate(RecordLabel.chip(ref, index), to: 30)
        pins.toggle(ref)
        let pinned = pins.contains(ref)
        let count = pins.count == 1 ? "1 pin" : "\(pins.count) pins"
        message = StatusMessage(
            pinned
                ? "pinned \(name) (\(count)) — :pins shows them, J/K reorder"
                : "unpinned \(name) (\(count))",
            shorter: [pinned ? "pinned (\(count))" : "unpinned (\(count))"])
        renewPinChips(index)
    }

    mutating func movePin(by step: Int, _ index: DatasetIndex) {
        guard let ref = pinTarget(index), pins.contains(ref) else {
            message = StatusMessage(
                "the selected record is not pinned — m pins it", shorter: ["not pinned · m pins"], isError: true)
            return
        }
        pins.move(ref, by: step)
        let place = (pins.refs.firstIndex(of: ref) ?? 0) + 1
        message = StatusMessage("pin \(place) of \(pins.count)")
        renewPinChips(index)
    }

    /// A `:pins` chip shows the pins as they are now, in their new order.
    private mutating func renewPinChips(_ index: DatasetIndex) {
        chips = chips.map { if case .pinned = $0 { .pinned(pins.refs) } else { $0 } }
        keepLists(index)
    }
}
