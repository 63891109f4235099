import SummitModel

/// Counts beside the values Tab offers after `:actor`, `:speaker`, `:pillar`, `:stance` and `:kind`.
extension ExplorerState {
    /// The candidates of a facet command's value, each with how many records of the six lists the chip it applies
    /// (as Enter would parse it) would keep under the chips in force: the `F` table's counts
    /// (`DatasetIndex.counts(of:among:)`), one pass over the rows shown, never one filtering per value. Command names
    /// and `:goto` ids are left as they are.
    func counting(_ candidates: [CompletionCandidate], of draft: String, _ index: DatasetIndex)
        -> [CompletionCandidate]
    {
        guard !candidates.isEmpty, let space = draft.firstIndex(of: " ") else { return candidates }
        let command = draft[..<space].lowercased()
        let facet: FacetName? =
            switch command {
            case "actor": .actor
            case "speaker": .speaker
            case "pillar": .pillar
            case "stance": .stance
            default: nil
            }
        guard facet != nil || command == "kind" else { return candidates }
        let shown = PaneID.lists.flatMap { rows(of: $0, index) }
        var counts: [String: Int] = [:]
        if let facet {
            for row in index.counts(of: facet, among: shown) { counts[row.value] = row.count }
        } else {
            for ref in shown { counts[ref.kind.rawValue, default: 0] += 1 }
        }
        return candidates.map { candidate in
            guard case .success(.add(let chip)) = ExplorerCommandLine.parse(command + " " + candidate.text, index)
            else {
                return candidate
            }
            let value: String? =
                switch chip {
                case .actor(let id), .speaker(let id), .pillar(let id): id
                case .stance(let s): s.rawValue
                case .kind(let k): k.rawValue
                default: nil
                }
            var counted = candidate
            counted.kept = value.map { counts[$0] ?? 0 }
            return counted
        }
    }
}
