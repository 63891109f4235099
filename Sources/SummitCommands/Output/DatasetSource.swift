import SummitData
import SummitModel

/// Loading a dataset and turning its errors into messages and exit statuses.
enum DatasetSource {
    static func load(file: String?) throws -> Dataset {
        do {
            return try read(file: file)
        } catch {
            throw failure(for: error)
        }
    }

    /// The file, or the bundled dataset when there is none; errors as the loader gives them.
    static func read(file: String?) throws(DatasetError) -> Dataset {
        if let file { return try DatasetLoader.load(contentsOf: file) }
        return try BundledDataset.load()
    }

    /// "1 problem", "3 problems": the true total, also when the list was capped.
    static func count(_ problems: [DatasetProblem]) -> String {
        let total = DatasetProblem.total(of: problems)
        return total == 1 ? "1 problem" : "\(total) problems"
    }

    /// `viaDataFlag`: the file came from `--data`, so leaving that out is a way to go on.
    static func failure(for error: DatasetError, viaDataFlag: Bool = true) -> CommandFailure {
        switch error {
        case .unreadable(let file, let reason):
            let fallback = viaDataFlag ? ", or leave out --data to use the bundled dataset" : ""
            return CommandFailure(
                status: .unreadableDataset,
                message: """
                    summit: cannot read the dataset \(SafeName.quoted(file)): \(reason)
                    Check the path and permissions\(fallback).
                    """)
        case .invalid(let file, let problems):
            let list = problems.map { "  " + SafeName.line($0.description) }.joined(separator: "\n")
            return CommandFailure(
                status: .badDataset,
                message: """
                    summit: \(SafeName.quoted(file)) is not a valid summit dataset (\(count(problems))):
                    \(list)
                    Fix them and check with `summit validate \(file == BundledDataset.origin ? "" : SafeName.shellQuoted(file))`.
                    """)
        }
    }
}
