#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A compact file per dataset under `$XDG_CACHE_HOME/summit/` holding the validated records and the costly part of
/// the index (the folded search text and its trigram lists), so the next start of the same file skips parsing,
/// validating and folding. Used only when everything matches: the cache format, the summit build, the file's
/// canonical path, size and modification time, and the hash of its content; and the cache's own checksum. Anything
/// else (stale, damaged, truncated, another version, another file, no cache directory) means no cache: the file is
/// loaded and validated in full, and a new cache written. Never an error the user sees.
///
/// Layout (little-endian): "SUMMITDC", format version (u32), stamp length (u32), the stamp (`CompactEncoder`),
/// padding to 8, payload length (u64), payload checksum (u64, `ContentHash`), then the payload: blobs, each a
/// length (u64), its bytes and padding to 8. Records are stored in chunks, so reading them uses both cores; the
/// search text's tables are raw arrays copied straight out of the mapping.
public struct DatasetCache: Sendable {
    /// Bumped whenever the layout or what it holds changes.
    public static let formatVersion: UInt32 = 1
    /// Files smaller than this load in a few milliseconds: a cache would buy nothing and litter the directory.
    public static let defaultMinimumBytes = 1 << 20
    static let magic: [UInt8] = Array("SUMMITDC".utf8)
    /// Records per chunk: enough chunks at a million records to keep both cores busy, few enough to be cheap.
    static let chunkSize = 1 << 15

    public let directory: String
    /// The cache format and the summit build; a cache from any other producer is ignored.
    let producer: String
    public let minimumBytes: Int

    /// `build` names this summit build (`DatasetCache.buildIdentity`, plus the version); `directory` is
    /// `XDGPaths.cacheDirectory`.
    public init(directory: String, build: String, minimumBytes: Int = defaultMinimumBytes) {
        self.directory = directory
        producer = "summit-cache \(Self.formatVersion) \(build)"
        self.minimumBytes = minimumBytes
    }

    /// The running executable's size and modification time: a rebuilt summit (whose record types may differ) never
    /// reads an older build's cache, even at the same version number.
    public static func buildIdentity() -> String {
        var status = stat()
        guard stat("/proc/self/exe", &status) == 0 else { return "unknown" }
        #if canImport(Darwin)
            return "\(status.st_size)-\(status.st_mtimespec.tv_sec)"
        #else
            return "\(status.st_size)-\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
        #endif
    }

    /// The cache file for a dataset (by its canonical path, like the pins and state files).
    func file(for stamp: DatasetFileStamp) -> String {
        directory + "/dataset-" + DatasetKey.forFile(stamp.path, workingDirectory: "/") + ".cache"
    }

    // MARK: Reading

    /// The index of the dataset `stamp` describes, or nil when there is no valid cache for it.
    func read(_ stamp: DatasetFileStamp) -> DatasetIndex? {
        guard let mapped = MappedFile(path: file(for: stamp)) else { return nil }
        return try? decode(mapped.bytes, expecting: stamp)
    }

    private func decode(_ file: UnsafeRawBufferPointer, expecting stamp: DatasetFileStamp) throws -> DatasetIndex? {
        let reader = CompactDecoder(file)
        guard file.count >= 16, Array(file[0..<8]) == Self.magic else { return nil }
        reader.cursor = 8
        guard try reader.fixed32() == Self.formatVersion else { return nil }
        let stampLength = Int(try reader.fixed32())
        guard stampLength <= file.count - 16 else { return nil }
        let stored = try CompactDecoder(UnsafeRawBufferPointer(rebasing: file[16..<16 + stampLength]))
            .decode(DatasetFileStamp.self)
        var expected = stamp
        expected.contentHash = stored.contentHash
        // Cheap checks first: a stale stamp costs no hashing at all.
        guard stored == expected else { return nil }
        reader.cursor = Self.aligned(16 + stampLength)
        let payloadLength = try reader.fixed64()
        let payloadHash = try reader.fixed64()
        guard payloadLength == UInt64(file.count - reader.cursor) else { return nil }
        let payload = UnsafeRawBufferPointer(rebasing: file[reader.cursor...])
        // The dataset file's hash and the payload's checksum, one on each core.
        let (fileHash, checksum) = Concurrently.both({ stamp.hashFile() }, { ContentHash.of(payload) })
        guard fileHash == stored.contentHash, checksum == payloadHash else { return nil }
        return try Self.index(from: payload)
    }

    private static func index(from payload: UnsafeRawBufferPointer) throws -> DatasetIndex? {
        var blobs = BlobReader(payload)
        let contents = try CompactDecoder(try blobs.next()).decode(CacheContents.self)
        guard contents.chunks.count == RecordKind.allCases.count else { return nil }
        let head = try CompactDecoder(try blobs.next()).decode(DatasetHead.self)
        func records<T: Decodable>(_ kind: Int, _ type: T.Type) throws -> [T] {
            let chunks = try (0..<contents.chunks[kind]).map { _ in try blobs.next() }
            let decoded: [[T]?] = Concurrently.map(chunks.count) { i in
                let reader = CompactDecoder(chunks[i])
                guard let values = try? reader.decode([T].self), reader.isAtEnd else { return nil }
                return values
            }
            var all: [T] = []
            all.reserveCapacity(decoded.reduce(0) { $0 + ($1?.count ?? 0) })
            for chunk in decoded {
                guard let chunk else { throw CompactFormatError(what: "a damaged chunk of records") }
                all.append(contentsOf: chunk)
            }
            return all
        }
        let dataset = Dataset(
            formatVersion: head.formatVersion, title: head.title, source: head.source,
            pillars: try records(0, Pillar.self), actors: try records(1, Actor.self),
            people: try records(2, Person.self), quotes: try records(3, Quote.self),
            figures: try records(4, Figure.self), events: try records(5, Event.self),
            questions: try records(6, Question.self), notes: try records(7, Note.self))
        let bytes: [UInt8] = try blobs.nextArray()
        let bounds: [Int] = try blobs.nextArray()
        let names = try CompactDecoder(try blobs.next()).decode([NamedPositions].self)
        let trigrams = TrigramIndex(
            starts: try blobs.nextArray(), counts: try blobs.nextArray(), lists: try blobs.nextArray(),
            shift: UInt32(truncatingIfNeeded: contents.trigramShift))
        guard blobs.isAtEnd, trigrams.isConsistent, bounds.count == 2 * dataset.counts.reduce(0, { $0 + $1.count }) + 1,
            bounds.first == 0, bounds.last == bytes.count, zip(bounds, bounds.dropFirst()).allSatisfy({ $0 <= $1 })
        else { return nil }
        var exactNames: [String: [Int]] = [:]
        exactNames.reserveCapacity(names.count)
        for entry in names { exactNames[entry.name] = entry.positions }
        let searchText = SearchText(bytes: bytes, bounds: bounds, exactNames: exactNames, trigrams: trigrams)
        return DatasetIndex(dataset, searchText: searchText)
    }

    // MARK: Writing

    /// Writes the cache for a dataset just loaded from the file `stamp` describes (its hash filled in). Failures
    /// (no directory, read-only, disk full) are ignored: the next start just loads the file again.
    func write(_ index: DatasetIndex, stamp: DatasetFileStamp) {
        guard let bytes = try? Self.encode(index, stamp: stamp) else { return }
        store(bytes, stamp: stamp)
    }

    /// Writes encoded bytes as the cache file for `stamp`, atomically; failures are ignored as in `write`.
    func store(_ bytes: [UInt8], stamp: DatasetFileStamp) {
        // Not flushed to disk: a cache torn by a crash fails its checksum and is rebuilt, so durability would
        // only cost time.
        try? AtomicFile.write(bytes, to: file(for: stamp), durable: false)
    }

    static func encode(_ index: DatasetIndex, stamp: DatasetFileStamp) throws -> [UInt8] {
        let dataset = index.dataset
        var blobs = BlobWriter()
        var records = RecordChunks(dataset: dataset)
        for kind in RecordKind.allCases { kind.visit(&records) }
        guard !records.failed else { throw CompactFormatError(what: "a record the cache cannot hold") }
        let search = index.searchText
        let contents = CompactEncoder()
        try contents.encode(CacheContents(chunks: records.counts, trigramShift: Int(search.trigrams.shift)))
        blobs.append(contents.bytes)
        let head = CompactEncoder()
        try head.encode(DatasetHead(formatVersion: dataset.formatVersion, title: dataset.title, source: dataset.source))
        blobs.append(head.bytes)
        for blob in records.blobs { blobs.append(blob) }
        records.blobs = []
        blobs.appendArray(search.bytes)
        blobs.appendArray(search.bounds)
        let names = CompactEncoder()
        // Sorted, so the same dataset always gives the same bytes.
        try names.encode(
            search.exactNames.sorted { $0.key < $1.key }.map { NamedPositions(name: $0.key, positions: $0.value) })
        blobs.append(names.bytes)
        blobs.appendArray(search.trigrams.starts)
        blobs.appendArray(search.trigrams.counts)
        blobs.appendArray(search.trigrams.lists)

        let stampWriter = CompactEncoder()
        try stampWriter.encode(stamp)
        var file = magic
        withUnsafeBytes(of: formatVersion.littleEndian) { file.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(stampWriter.bytes.count).littleEndian) { file.append(contentsOf: $0) }
        file.append(contentsOf: stampWriter.bytes)
        file.append(contentsOf: [UInt8](repeating: 0, count: aligned(file.count) - file.count))
        let payload = blobs.bytes
        withUnsafeBytes(of: UInt64(payload.count).littleEndian) { file.append(contentsOf: $0) }
        let checksum = payload.withUnsafeBytes { ContentHash.of($0) }
        withUnsafeBytes(of: checksum.littleEndian) { file.append(contentsOf: $0) }
        file.append(contentsOf: payload)
        return file
    }

    static func aligned(_ offset: Int) -> Int { (offset + 7) & ~7 }
}

/// Each kind's records as compact chunks, in kind order; chunks are independent, so encoded on both cores.
private struct RecordChunks: RecordKindVisitor {
    let dataset: Dataset
    var blobs: [[UInt8]] = []
    var counts: [Int] = []
    var failed = false

    mutating func visit<R: Record>(_ type: R.Type) {
        let records = dataset.records(R.self)
        let size = DatasetCache.chunkSize
        let starts = Array(stride(from: 0, to: records.count, by: size))
        let encoded: [[UInt8]?] = Concurrently.map(starts.count) { i in
            let writer = CompactEncoder()
            let chunk = Array(records[starts[i]..<min(starts[i] + size, records.count)])
            return (try? writer.encode(chunk)).map { writer.bytes }
        }
        for blob in encoded {
            guard let blob else {
                failed = true
                return
            }
            blobs.append(blob)
        }
        counts.append(starts.count)
    }
}

/// What the payload holds besides its blobs: chunks of records per kind (in `RecordKind` order), the trigram hash.
private struct CacheContents: Codable {
    let chunks: [Int]
    let trigramShift: Int
}

/// The dataset without its records.
private struct DatasetHead: Codable {
    let formatVersion: Int
    let title: String
    let source: Source
}

/// One entry of the search text's exact names (a dictionary keyed by strings, which the compact format cannot hold).
private struct NamedPositions: Codable {
    let name: String
    let positions: [Int]
}

/// Length-prefixed blobs, each padded to 8 bytes so raw arrays start aligned.
private struct BlobWriter {
    var bytes: [UInt8] = []

    mutating func append(_ blob: [UInt8]) {
        blob.withUnsafeBytes { append($0) }
    }

    mutating func append(_ blob: UnsafeRawBufferPointer) {
        withUnsafeBytes(of: UInt64(blob.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: blob)
        bytes.append(contentsOf: [UInt8](repeating: 0, count: DatasetCache.aligned(bytes.count) - bytes.count))
    }

    /// A raw array of fixed-size integers, in this machine's (little-endian) byte order.
    mutating func appendArray<T: FixedWidthInteger>(_ array: [T]) {
        array.withUnsafeBytes { append($0) }
    }
}

private struct BlobReader {
    let payload: UnsafeRawBufferPointer
    var cursor = 0

    init(_ payload: UnsafeRawBufferPointer) { self.payload = payload }

    var isAtEnd: Bool { cursor == payload.count }

    mutating func next() throws -> UnsafeRawBufferPointer {
        guard cursor + 8 <= payload.count else { throw CompactFormatError(what: "the data ends early") }
        let length = UInt64(littleEndian: payload.loadUnaligned(fromByteOffset: cursor, as: UInt64.self))
        guard length <= UInt64(payload.count - cursor - 8) else {
            throw CompactFormatError(what: "the data ends early")
        }
        let start = cursor + 8
        let end = start + Int(length)
        cursor = min(DatasetCache.aligned(end), payload.count)
        return UnsafeRawBufferPointer(rebasing: payload[start..<end])
    }

    /// A raw array written by `BlobWriter.appendArray`, copied out of the mapping in one go.
    mutating func nextArray<T: FixedWidthInteger>() throws -> [T] {
        let blob = try next()
        let stride = MemoryLayout<T>.stride
        guard blob.count % stride == 0 else { throw CompactFormatError(what: "a table of the wrong size") }
        return [T](unsafeUninitializedCapacity: blob.count / stride) { buffer, count in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: blob)
            count = blob.count / stride
        }
    }
}

#if _endian(big)
    #error("the dataset cache stores raw little-endian arrays")
#endif
