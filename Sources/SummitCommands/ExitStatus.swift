/// The exit statuses summit promises (documented in docs/summit.1 and the README).
/// Kept apart from ArgumentParser's defaults: its usage errors exit 64 (EX_USAGE), ours exit 2.
public enum ExitStatus: Int32, Sendable, CaseIterable {
    /// Results were printed.
    case success = 0
    /// Nothing matched (an empty list, an unknown name with "did you mean").
    case noMatch = 1
    /// The command line was wrong: unknown flag, bad value, missing argument.
    case usage = 2
    /// The dataset file is not a valid dataset (EX_DATAERR).
    case badDataset = 65
    /// The dataset file could not be read (EX_NOINPUT).
    case unreadableDataset = 66
    /// A file to create exists already and is left as it is, or cannot be written (EX_CANTCREAT): `config init`
    /// (it never overwrites), `export -o FILE` without --force.
    case cannotCreate = 73
    /// Output could not be written (EX_IOERR): a full disk, a reader that went away, a missing or read-only folder.
    case cannotWrite = 74

    /// One line for the man page and the README table.
    public var meaning: String {
        switch self {
        case .success: "results were printed (validate: the dataset is valid)"
        case .noMatch: "nothing matched; a near miss prints \u{201C}did you mean \u{2026}\u{201D} on standard error"
        case .usage: "usage error: unknown command or flag, bad or missing value"
        case .badDataset:
            "the dataset is invalid; every problem is listed as \u{201C}path: message \u{2014} fix\u{201D} (config check: the config file has problems, listed as \u{201C}file:line: message \u{2014} fix\u{201D})"
        case .unreadableDataset:
            "the dataset file (config check: the config file) cannot be read (missing, unreadable, a directory)"
        case .cannotCreate:
            "a file to create exists already and is kept (export -o FILE without --force; config init never overwrites its file) or cannot be written (config init)"
        case .cannotWrite:
            "the output cannot be written (a full disk, a closed pipe with SIGPIPE ignored, "
                + "a missing or read-only folder)"
        }
    }
}

/// A command ended without the normal result: the message goes to standard error, then summit exits with `status`.
/// An empty message prints nothing (the command already explained itself, e.g. on stdout for `validate`).
struct CommandFailure: Error {
    let status: ExitStatus
    let message: String
    /// Set when a value the user typed matched nothing (possibly empty): the "did you mean" candidates, as the
    /// keys to type (ids, stance values). With `--format json` they are also printed as a document on stdout.
    var suggestions: [String]? = nil

    static func nearMiss(_ message: String, suggestions: [String]) -> CommandFailure {
        CommandFailure(status: .noMatch, message: message, suggestions: suggestions)
    }

    static func noMatch(_ message: String) -> CommandFailure { CommandFailure(status: .noMatch, message: message) }
    static func usage(_ message: String) -> CommandFailure { CommandFailure(status: .usage, message: message) }
}
