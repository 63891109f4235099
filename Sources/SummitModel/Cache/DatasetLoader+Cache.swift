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
        if let index = cache.read(stamp) { return LoadedIndex(index: index, fromCache: true) }
        let data = try read(path)
        guard let dataset = try dataset(data, path, progress) else { return nil }
        progress?.begin(.indexing)
        let index = DatasetIndex(dataset)
        // The hash of the bytes validated: a file changed since its stamp was taken fails the next start's check.
        if data.count == stamp.size {
            stamp.contentHash = data.withUnsafeBytes { ContentHash.of($0) }
            let write = PendingCacheWrite(cache: cache, index: index, stamp: stamp)
            guard writing == .later else {
                write.run()
                return LoadedIndex(index: index, fromCache: false)
            }
            return LoadedIndex(index: index, fromCache: false, pendingWrite: write)
        }
        return LoadedIndex(index: index, fromCache: false)
    }

    private static func dataset(_ data: Data, _ origin: String, _ progress: LoadProgress?) throws(DatasetError)
        -> Dataset?
    {
        guard let progress else { return try load(data: data, origin: origin) }
        if progress.isCancelled { return nil }
        return try load(data: data, origin: origin, progress: progress)
    }
}
