/// Collects dataset problems while validating and hands them back in document order.
///
/// Keeps only the earliest `limit` problems (by position in the file) so a dataset of a million
/// broken records costs bounded memory; the rest are counted and summarised in one last entry.
struct ProblemLog {
    static let defaultLimit = 200

    private struct Entry {
        let offset: Int
        let sequence: Int
        let problem: DatasetProblem
    }

    let limit: Int
    private var entries: [Entry] = []
    private(set) var total = 0

    init(limit: Int = ProblemLog.defaultLimit) {
        self.limit = max(1, limit)
    }

    var isEmpty: Bool { total == 0 }

    /// Records a problem found at byte `offset` of the input.
    mutating func add(offset: Int, path: String, message: String, fix: String) {
        entries.append(
            Entry(offset: offset, sequence: total, problem: DatasetProblem(path: path, message: message, fix: fix)))
        total += 1
        // Trim now and then rather than on every add: amortised O(log limit) per problem.
        if entries.count >= limit * 4 { trim() }
    }

    /// The earliest problems in document order, plus a closing "and N more" entry when some were cut.
    func problems() -> [DatasetProblem] {
        var log = self
        log.trim()
        var result = log.entries.map(\.problem)
        let hidden = total - result.count
        if hidden > 0 {
            result.append(
                DatasetProblem(
                    path: "$",
                    message:
                        "… and \(hidden) more problem\(hidden == 1 ? "" : "s") not shown (only the first \(limit) are listed)",
                    fix: "fix the problems above and validate again", omitted: hidden))
        }
        return result
    }

    private mutating func trim() {
        entries.sort { ($0.offset, $0.sequence) < ($1.offset, $1.sequence) }
        if entries.count > limit { entries.removeSubrange(limit...) }
    }
}
