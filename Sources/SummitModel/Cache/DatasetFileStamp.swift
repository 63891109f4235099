#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a cache entry was made from: the dataset file's canonical path, size and modification time, its content
/// hash, and the summit build that wrote it. Every part must match for the cache to be used.
struct DatasetFileStamp: Equatable {
    /// The cache format and the build (`DatasetCache.producer`): another summit never reads this one's cache.
    let producer: String
    let path: String
    let size: Int
    let modifiedSeconds: Int
    let modifiedNanoseconds: Int
    var contentHash: UInt64 = 0

    /// The stamp of a regular file as it is now (hash not yet known), or nil for anything else (stdin, a FIFO, a
    /// missing file): those are never cached.
    init?(file: String, producer: String) {
        guard let canonical = realpath(file, nil) else { return nil }
        defer { free(canonical) }
        var status = stat()
        guard stat(canonical, &status) == 0, status.st_mode & S_IFMT == S_IFREG else { return nil }
        self.producer = producer
        path = String(cString: canonical)
        size = Int(status.st_size)
        #if canImport(Darwin)
            modifiedSeconds = Int(status.st_mtimespec.tv_sec)
            modifiedNanoseconds = Int(status.st_mtimespec.tv_nsec)
        #else
            modifiedSeconds = Int(status.st_mtim.tv_sec)
            modifiedNanoseconds = Int(status.st_mtim.tv_nsec)
        #endif
    }

    /// The content hash of the file at `path`, read in pieces (a cache hit never holds the whole file), or nil
    /// when it cannot be read to the end or its size is not `size`.
    func hashFile() -> UInt64? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var hash = ContentHash()
        var total = 0
        let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        while true {
            let n = read(fd, chunk.baseAddress, chunk.count)
            if n < 0, errno == EINTR { continue }
            if n < 0 { return nil }
            if n == 0 { break }
            hash.update(UnsafeRawBufferPointer(rebasing: chunk[0..<n]))
            total += n
        }
        return total == size ? hash.finish() : nil
    }
}

extension DatasetFileStamp: CompactValue {
    func write(to writer: inout CompactWriter) {
        writer.write(producer)
        writer.write(path)
        writer.write(size)
        writer.write(modifiedSeconds)
        writer.write(modifiedNanoseconds)
        writer.write(contentHash)
    }

    init(reading reader: inout CompactReader) throws(CompactFormatError) {
        producer = try reader.read()
        path = try reader.read()
        size = try reader.read()
        modifiedSeconds = try reader.read()
        modifiedNanoseconds = try reader.read()
        contentHash = try reader.read()
    }
}
