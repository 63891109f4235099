/// One thing wrong with a dataset: where (a JSON path such as `$.quotes[3].speaker`), what, and how to fix it.
public struct DatasetProblem: Hashable, Sendable, CustomStringConvertible {
    public let path: String
    public let message: String
    public let fix: String

    public init(path: String, message: String, fix: String) {
        self.path = path; self.message = message; self.fix = fix
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
