/// One thing wrong with a dataset: where (a JSON path such as `$.quotes[3].speaker`), what, and how to fix it.
public struct DatasetProblem: Hashable, Sendable, CustomStringConvertible {
    public let path: String
    public let message: String
    public let fix: String
    /// On the closing "… and N more" entry of a capped list: the N problems it stands for; 0 on every other entry.
    public let omitted: Int

    public init(path: String, message: String, fix: String, omitted: Int = 0) {
        self.path = path
        self.message = message
        self.fix = fix
        self.omitted = omitted
    }

    /// How many problems a list stands for: its entries, with the closing "and N more" counted as N.
    public static func total(of problems: [DatasetProblem]) -> Int {
        problems.reduce(0) { $0 + ($1.omitted > 0 ? $1.omitted : 1) }
    }

    public var description: String { "\(path): \(message) — \(fix)" }
}

/// Why a dataset could not be loaded. Loading is all or nothing: there is never a half-loaded dataset.
public enum DatasetError: Error, Hashable, Sendable {
    /// The file could not be read at all (missing, unreadable, a directory). Exit status 66.
    case unreadable(file: String, reason: String)
    /// The file was read but is not a valid dataset; every problem found is listed. Exit status 65.
    case invalid(file: String, problems: [DatasetProblem])
}
