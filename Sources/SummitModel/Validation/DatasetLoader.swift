import FoundationEssentials

/// Reads and validates datasets: all or nothing, with every problem reported at once.
public enum DatasetLoader {
    /// Loads a dataset file, or standard input when `path` is "-". Throws `DatasetError.unreadable` when the file
    /// cannot be read, `.invalid` with every problem found when it is not a valid dataset.
    public static func load(contentsOf path: String) throws(DatasetError) -> Dataset {
        let data = try read(path)
        return try load(data: data, origin: path)
    }

    /// Loads a dataset from JSON bytes; `origin` names it in messages.
    public static func load(data: Data, origin: String) throws(DatasetError) -> Dataset {
        try load(data: data, origin: origin, problemLimit: ProblemLog.defaultLimit)
    }

    /// As `load(data:origin:)`, listing at most `problemLimit` problems plus an "and N more" entry.
    public static func load(data: Data, origin: String, problemLimit: Int) throws(DatasetError) -> Dataset {
        try load(data: data, origin: origin, problemLimit: problemLimit, twoThreads: .standard)
    }

    /// As `load(data:origin:problemLimit:)`, on two threads from `twoThreads` on (tests compare both paths).
    static func load(data: Data, origin: String, problemLimit: Int, twoThreads: TwoThreadBar) throws(DatasetError)
        -> Dataset
    {
        let outcome: Outcome = data.withUnsafeBytes { raw in
            decode(raw.bindMemory(to: UInt8.self), problemLimit: problemLimit, twoThreads: twoThreads)
        }
        switch outcome {
        case .loaded(let dataset): return dataset
        case .invalid(let problems): throw .invalid(file: origin, problems: problems)
        case .cancelled: preconditionFailure("only a watched load is cancelled")
        }
    }

    /// As `load(contentsOf:)`, telling `progress` how far it has come. Returns nil, with no message, once
    /// `progress` is cancelled: the parser stops within `LoadProgress.reportEvery` records, the loader between phases.
    public static func load(contentsOf path: String, progress: LoadProgress) throws(DatasetError) -> Dataset? {
        progress.begin(.reading)
        let data = try read(path)
        if progress.isCancelled { return nil }
        return try load(data: data, origin: path, progress: progress)
    }

    /// As `load(data:origin:)`, telling `progress` how far it has come; nil once `progress` is cancelled.
    public static func load(data: Data, origin: String, progress: LoadProgress) throws(DatasetError) -> Dataset? {
        let outcome: Outcome = data.withUnsafeBytes { raw in
            decode(raw.bindMemory(to: UInt8.self), problemLimit: ProblemLog.defaultLimit, progress: progress)
        }
        switch outcome {
        case .loaded(let dataset): return dataset
        case .invalid(let problems): throw .invalid(file: origin, problems: problems)
        case .cancelled: return nil
        }
    }

    private static func decode(
        _ bytes: UnsafeBufferPointer<UInt8>, problemLimit: Int, progress: LoadProgress? = nil,
        twoThreads: TwoThreadBar = .standard
    ) -> Outcome {
        progress?.begin(.parsing)
        progress?.parsed(bytes: 0, of: bytes.count, records: 0)
        let example =
            "{\"formatVersion\": \(Dataset.supportedFormatVersion), \"title\": …, \"source\": {…}, \"pillars\": […], …}"
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return .invalid([
                DatasetProblem(
                    path: "$", message: "the file is empty",
                    fix: "a dataset is a JSON object such as \(example); see docs/dataset-format.md")
            ])
        }
        if let offset = UTF8Validation.firstInvalidOffset(in: bytes) {
            let location = JSONLocation(offset: offset, in: bytes)
            let byte = "0x" + String(bytes[offset], radix: 16, uppercase: true)
            return .invalid([
                DatasetProblem(
                    path: "$", message: "invalid UTF-8 at byte offset \(offset) (\(location)): byte \(byte)",
                    fix: "save the file as UTF-8; the text at that point was written in another encoding or is damaged")
            ])
        }
        let root: JSONNode
        do {
            root = try JSONParser.parseOnTwoThreads(bytes, bar: twoThreads, progress: progress)
        } catch {
            if progress?.isCancelled == true { return .cancelled }
            let location = JSONLocation(offset: error.offset, in: bytes)
            return .invalid([
                DatasetProblem(
                    path: JSONPath.render(error.path), message: "\(location): \(error.message)", fix: error.fix)
            ])
        }
        if progress?.isCancelled == true { return .cancelled }
        progress?.begin(.validating)
        // A large file's records are read on two threads; if anything is wrong, the tree is validated again on one,
        // so the problems are listed exactly as the sequential path lists them (DECISIONS 75).
        let split = bytes.count >= twoThreads.bytes && RecordArrays.recordCount(in: root) >= twoThreads.records
        if split, let dataset = DatasetValidator(problemLimit: problemLimit, readsOnTwoThreads: true).validate(root) {
            return progress?.isCancelled == true ? .cancelled : .loaded(dataset)
        }
        if progress?.isCancelled == true { return .cancelled }
        let validator = DatasetValidator(problemLimit: problemLimit)
        if let dataset = validator.validate(root) {
            return progress?.isCancelled == true ? .cancelled : .loaded(dataset)
        }
        return .invalid(validator.log.problems())
    }

    private enum Outcome {
        case loaded(Dataset)
        case invalid([DatasetProblem])
        case cancelled
    }

    /// The input's bytes (a file, a FIFO, or standard input for "-"), or a clear reason why they cannot be had.
    static func read(_ path: String) throws(DatasetError) -> Data {
        do {
            return try DatasetInput.read(path)
        } catch {
            switch error {
            case .unreadable(let reason): throw .unreadable(file: path, reason: reason)
            case .refused(let problem): throw .invalid(file: path, problems: [problem])
            }
        }
    }
}
