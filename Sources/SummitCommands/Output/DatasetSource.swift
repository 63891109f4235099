import SummitData
import SummitModel
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Loading a dataset and turning its errors into messages and exit statuses.
enum DatasetSource {
    static func load(file: String?) throws -> Dataset {
        do {
            return try read(file: file)
        } catch {
            throw failure(for: error)
        }
    }

    /// The dataset's index: a file's through the dataset cache (DECISIONS 63), the bundled one built in memory. A cold
    /// load's cache write is left for `writeCacheAfterAnswer()` (DECISIONS 74).
    static func index(file: String?, cache: DatasetCache? = cache()) throws -> DatasetIndex {
        guard let file else { return DatasetIndex(try load(file: nil)) }
        do {
            // Without progress nothing cancels, so there is always an index.
            let loaded = try DatasetLoader.loadIndex(contentsOf: file, cache: cache, progress: nil, writing: .later)!
            keepUntilExit(loaded.index)
            if let write = loaded.pendingWrite { answeredCacheWrite.withLock { $0 = write } }
            return loaded.index
        } catch {
            throw failure(for: error)
        }
    }

    /// The last index loaded from a file, never released: a lookup's process ends right after its output (and the
    /// explorer's right after it restores the terminal), and freeing a million records one by one before that cost
    /// about 0.3 s (docs/DECISIONS.md 71).
    private static let keptUntilExit = Mutex<DatasetIndex?>(nil)

    /// Keeps `index` alive until the process ends (see `keptUntilExit`).
    static func keepUntilExit(_ index: DatasetIndex) { keptUntilExit.withLock { $0 = index } }

    /// A cold lookup's cache write, kept until the answer is out.
    private static let answeredCacheWrite = Mutex<PendingCacheWrite?>(nil)

    /// The cache write a cold lookup left, once: `SummitMain` runs it after the command has printed everything.
    static func takeAnsweredCacheWrite() -> PendingCacheWrite? { answeredCacheWrite.withLock { $0.take() } }

    /// Called once the command has printed everything: closes standard output and error, so a pipe or `$(…)` sees
    /// the end at once, and then writes the cache a cold lookup left, whole or not at all (DECISIONS 74).
    static func writeCacheAfterAnswer() {
        guard let write = takeAnsweredCacheWrite() else { return }
        // /dev/null rather than closed descriptors: a stray later write must not land in a file opened meanwhile.
        let null = open("/dev/null", O_WRONLY)
        if null >= 0 {
            dup2(null, STDOUT_FILENO)
            dup2(null, STDERR_FILENO)
            close(null)
        }
        write.run()
    }

    /// The cache under `$XDG_CACHE_HOME/summit`, or nil when `SUMMIT_NO_CACHE` is set to anything but empty.
    static func cache() -> DatasetCache? {
        let environment = ProcessEnvironment.read(XDGPaths.variables + [noCacheVariable])
        if let off = environment[noCacheVariable], !off.isEmpty { return nil }
        return DatasetCache(
            directory: XDGPaths(environment: environment).cacheDirectory,
            build: "\(SummitVersion.number) \(DatasetCache.buildIdentity())")
    }

    /// Set (non-empty), every dataset file is loaded and validated in full and no cache is read or written.
    static let noCacheVariable = "SUMMIT_NO_CACHE"

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
