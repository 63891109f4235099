import FoundationEssentials

/// A dataset's index and where it came from.
public struct LoadedIndex: Sendable {
    public let index: DatasetIndex
    /// True when it was read from a valid cache rather than parsed and validated from the file.
    public let fromCache: Bool
    /// The cache write a `.later` load left for the caller to `start()` (nil when there is nothing to write).
    public var pendingWrite: PendingCacheWrite? = nil
}

/// When a cold load writes the dataset cache.
public enum CacheWriting: Sendable {
    /// Before `loadIndex` returns.
    case now
    /// When the caller starts the `pendingWrite` it is handed, e.g. once the explorer shows the panes.
    case later
}

extension DatasetLoader {
    /// The index of a dataset file, from `cache` when it holds a valid entry for this very file, else loaded and
    /// validated in full (every problem reported, as `load(contentsOf:)` does) and then cached. Standard input,
    /// FIFOs and files under `cache.minimumBytes` are never cached; `cache: nil` turns the cache off.
    public static func loadIndex(contentsOf path: String, cache: DatasetCache?) throws(DatasetError) -> LoadedIndex {
        // Without progress nothing can cancel, so there is always an index.
        try loadIndex(contentsOf: path, cache: cache, progress: nil)!
    }

    /// As `loadIndex(contentsOf:cache:)`, telling `progress` how far it has come; nil once it is cancelled.
    public static func loadIndex(
        contentsOf path: String, cache: DatasetCache?, progress: LoadProgress?, writing: CacheWriting = .now
    ) throws(DatasetError) -> LoadedIndex? {
        progress?.begin(.reading)
        guard let cache, path != DatasetInput.standardInput,
            var stamp = DatasetFileStamp(file: path, producer: cache.producer), stamp.size >= cache.minimumBytes
        else {
            guard let dataset = try dataset(read(path), path, progress) else { return nil }
            progress?.begin(.indexing)
            return LoadedIndex(index: DatasetIndex(dataset), fromCache: false)
        }
        progress?.readingCache(true)
        if let index = cache.read(stamp) { return LoadedIndex(index: index, fromCache: true) }
        progress?.readingCache(false)
        // The file's bytes are let go before the index is built (195 MiB at a million records, DECISIONS 76): the
        // hash of the bytes validated is all the cache needs of them — a file changed since its stamp was taken
        // fails the next start's check.
        guard let (dataset, hash) = try datasetAndHash(path, progress, stampedSize: stamp.size) else { return nil }
        progress?.begin(.indexing)
        let index = DatasetIndex(dataset)
        if let hash {
            stamp.contentHash = hash
            let write = PendingCacheWrite(cache: cache, index: index, stamp: stamp)
            guard writing == .later else {
                write.run()
                return LoadedIndex(index: index, fromCache: false)
            }
            return LoadedIndex(index: index, fromCache: false, pendingWrite: write)
        }
        return LoadedIndex(index: index, fromCache: false)
    }

    /// The validated dataset and, when the bytes read are as long as `stampedSize`, their hash; the bytes themselves
    /// end with this call.
    private static func datasetAndHash(_ path: String, _ progress: LoadProgress?, stampedSize: Int)
        throws(DatasetError) -> (Dataset, UInt64?)?
    {
        let data = try read(path)
        guard let dataset = try dataset(data, path, progress) else { return nil }
        return (dataset, data.count == stampedSize ? data.withUnsafeBytes { ContentHash.of($0) } : nil)
    }

    private static func dataset(_ data: Data, _ origin: String, _ progress: LoadProgress?) throws(DatasetError)
        -> Dataset?
    {
        guard let progress else { return try load(data: data, origin: origin) }
        if progress.isCancelled { return nil }
        return try load(data: data, origin: origin, progress: progress)
    }
}
