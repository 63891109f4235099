import SummitModel

/// `--pins` for a briefing (`summit present --pins`, and the handout's `export --pins`): the dataset's pins that
/// still name a record, in pin order; stale pins are reported, and no pins at all is a "nothing matched" failure.
extension PinsFile {
    func briefingPins(_ index: DatasetIndex) throws -> [RecordRef] {
        let list = load().pins
        PinsFile.reportStale(list, index)
        let current = list.current(in: index)
        guard !current.isEmpty else {
            throw CommandFailure.noMatch(
                "summit: nothing is pinned. Pin with m in the explorer or `summit pins add ID`, or leave out --pins.")
        }
        return current
    }
}
