import SummitModel

/// Something wrong in a config file: where, what, and how to fix it. summit goes on with the default for that
/// setting; the explorer shows the first problem in the status bar, `summit config check` lists them all.
public struct ConfigProblem: Error, Hashable, Sendable, CustomStringConvertible {
    public let file: String
    /// 1-based; nil when the problem is with the file as a whole (unreadable, not UTF-8).
    public let line: Int?
    public let column: Int?
    public let message: String
    public let fix: String

    public init(file: String, line: Int?, column: Int? = nil, message: String, fix: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.fix = fix
    }

    /// `FILE:LINE: message — fix`, as compilers write it, so editors can jump there. File names and text from
    /// the file are shown safely (no control characters reach the terminal).
    public var description: String {
        let place = SafeText.line(file) + (line.map { ":\($0)" } ?? "") + (column.map { ":\($0)" } ?? "")
        return "\(place): \(SafeText.line(message)) — \(SafeText.line(fix))"
    }
}
