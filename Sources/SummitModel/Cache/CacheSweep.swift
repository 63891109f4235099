#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Keeps the cache folder from growing for ever: a million-record file's cache is a few hundred MB, and the caches of
/// files since deleted or no longer opened would otherwise stay. Run after each cache write. A dataset cache not
/// used for `maximumAge` goes (every read marks its file used, see `markUsed`); beyond `maximumBytes` in all, the
/// least recently used go first, never the one just written; a temporary file left by a write that was killed goes
/// after an hour. Only names summit writes there are touched (`dataset-*.cache`, `dataset-*.cache.tmp-*`), and a
/// failure to list or remove is ignored: the cache is only ever a speed-up.
struct CacheSweep {
    let directory: String
    /// Thirty days.
    var maximumAge = 30 * 24 * 3600
    /// Four GiB: about ten million-record datasets.
    var maximumBytes = 4 << 30
    /// An older temporary file cannot belong to a write still running.
    var temporaryAge = 3600

    /// Removes what the rules above say; `keeping` (the file just written) stays whatever its size.
    func run(keeping: String, now: Int = Int(time(nil))) {
        var caches: [(path: String, used: Int, bytes: Int)] = []
        for name in Self.names(in: directory) where name.hasPrefix("dataset-") {
            let path = directory + "/" + name
            var status = stat()
            guard stat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { continue }
            #if canImport(Darwin)
                let used = Int(status.st_mtimespec.tv_sec)
            #else
                let used = Int(status.st_mtim.tv_sec)
            #endif
            if name.contains(".cache.tmp-") {
                if now - used > temporaryAge { unlink(path) }
            } else if name.hasSuffix(".cache") {
                if path == keeping {
                    caches.append((path, now, Int(status.st_size)))
                } else if now - used > maximumAge {
                    unlink(path)
                } else {
                    caches.append((path, used, Int(status.st_size)))
                }
            }
        }
        var total = caches.reduce(0) { $0 + $1.bytes }
        // Least recently used first; the file just written counts as used now, so it is the last candidate.
        for cache in caches.sorted(by: { $0.used < $1.used }) where total > maximumBytes && cache.path != keeping {
            unlink(cache.path)
            total -= cache.bytes
        }
    }

    /// Marks a cache file used now, so that a dataset opened every day keeps its cache.
    static func markUsed(_ path: String) {
        _ = utimensat(AT_FDCWD, path, nil, 0)
    }

    private static func names(in directory: String) -> [String] {
        guard let stream = opendir(directory) else { return [] }
        defer { closedir(stream) }
        var names: [String] = []
        while let entry = readdir(stream) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            if name != ".", name != ".." { names.append(name) }
        }
        return names
    }
}
