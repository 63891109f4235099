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
/// Layout (little-endian): "SUMMITDC", format version (u32), stamp length (u32), the stamp (`CompactWriter`),
/// padding to 8, payload length (u64), payload checksum (u64, `ContentHash`), then the payload: blobs, each a
/// length (u64), its bytes and padding to 8. The first blob says how many records of each kind follow and in chunks
/// of how many; each chunk is its records back to back (`CompactValue`), so chunks are read on both cores straight
/// into the kind's array. Then the search text (its tables raw arrays copied straight out of the mapping), and the
/// index's reverse indexes and name tables (`IndexTables`).
public struct DatasetCache: Sendable {
    /// Bumped whenever the layout or what it holds changes.
    public static let formatVersion: UInt32 = 2
    /// Files smaller than this load in a few milliseconds: a cache would buy nothing and litter the directory.
    public static let defaultMinimumBytes = 1 << 20
    static let magic: [UInt8] = Array("SUMMITDC".utf8)
    /// Records per chunk: small enough that the last chunk of a kind leaves the other core idle only briefly, large
    /// enough that a small dataset (the bundled one) is one chunk per kind, read on the calling thread.
    static let chunkSize = 1 << 13

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
        guard let cached = contents(stamp) else { return nil }
        // Built after the mapping is gone: the index's tables and the mapped file are never resident together.
        return DatasetIndex(cached.dataset, searchText: cached.searchText, tables: cached.tables)
    }

    /// The records and search tables the cache holds for `stamp`, copied out of the file, which is unmapped on return.
    private func contents(_ stamp: DatasetFileStamp) -> Contents? {
        let path = file(for: stamp)
        guard let mapped = MappedFile(path: path) else { return nil }
        guard let contents = withExtendedLifetime(mapped, { try? Self.decode(mapped, expecting: stamp) }) else {
            return nil
        }
        // Used: the sweep keeps it (DECISIONS 72).
        CacheSweep.markUsed(path)
        return contents
    }

    private static func decode(_ mapped: MappedFile, expecting stamp: DatasetFileStamp)
        throws(CompactFormatError) -> Contents?
    {
        let file = mapped.bytes
        var reader = CompactReader(file)
        guard file.count >= 16, Array(file[0..<8]) == Self.magic else { return nil }
        reader.cursor = 8
        guard try reader.fixed32() == Self.formatVersion else { return nil }
        let stampLength = Int(try reader.fixed32())
        guard stampLength <= file.count - 16 else { return nil }
        var stampReader = CompactReader(UnsafeRawBufferPointer(rebasing: file[16..<16 + stampLength]))
        let stored = try stampReader.read(DatasetFileStamp.self)
        var expected = stamp
        expected.contentHash = stored.contentHash
        // Cheap checks first: a stale stamp costs no hashing at all.
        guard stampReader.isAtEnd, stored == expected else { return nil }
        reader.cursor = Self.aligned(16 + stampLength)
        let payloadLength = try reader.fixed64()
        let payloadHash = try reader.fixed64()
        guard payloadLength == UInt64(file.count - reader.cursor) else { return nil }
        let payload = UnsafeRawBufferPointer(rebasing: file[reader.cursor...])
        // The dataset file's hash and the payload's checksum, one on each core.
        let (fileHash, checksum) = Concurrently.both({ stamp.hashFile() }, { ContentHash.of(payload) })
        guard fileHash == stored.contentHash, checksum == payloadHash else { return nil }
        return try Self.contents(of: payload, in: mapped)
    }

    /// What the payload holds, read and checked.
    private typealias Contents = (dataset: Dataset, searchText: SearchText, tables: IndexTables)

    /// Each part's pages are dropped from `mapped` once copied out, so the mapped file and the records built from it
    /// are not resident together in full.
    private static func contents(of payload: UnsafeRawBufferPointer, in mapped: MappedFile)
        throws(CompactFormatError) -> Contents?
    {
        var blobs = BlobReader(payload)
        var table = CompactReader(try blobs.next())
        let chunkSize = try table.varint()
        var counts: [Int] = []
        // Bounded by the chunks that must follow (`RecordDecoding`), so a damaged count cannot allocate much.
        for _ in RecordKind.allCases { counts.append(Int(truncatingIfNeeded: try table.varint())) }
        let trigramShift = try table.fixed32()
        guard table.isAtEnd, chunkSize > 0, chunkSize <= UInt64(payload.count), counts.allSatisfy({ $0 >= 0 }) else {
            return nil
        }
        var headReader = CompactReader(try blobs.next())
        var dataset = Dataset(
            formatVersion: try headReader.read(), title: try headReader.read(), source: try headReader.read())
        guard headReader.isAtEnd else { return nil }
        // Every kind's chunks, found by their lengths alone; then what follows them.
        let recordsStart = blobs.cursor
        var chunks: [[UnsafeRawBufferPointer]] = []
        for count in counts {
            guard count <= payload.count else { return nil }
            chunks.append(
                try (0..<(count + Int(chunkSize) - 1) / Int(chunkSize)).map { _ throws(CompactFormatError) in
                    try blobs.next()
                })
        }
        let rest = blobs
        let records = counts.reduce(0, +)
        let recordBytes = UnsafeRawBufferPointer(rebasing: payload[recordsStart..<rest.cursor])
        let restBytes = UnsafeRawBufferPointer(rebasing: payload[rest.cursor...])
        // The records on one core (on both, as far as the other side leaves one free), the search tables and the
        // index tables on the other: neither needs the other's result.
        let (setters, search) = Concurrently.both(
            {
                var decoding = RecordDecoding(chunks: chunks, counts: counts, chunkSize: Int(chunkSize))
                defer { mapped.drop(recordBytes) }
                return RecordKind.allCases.map { $0.visit(&decoding) }
            },
            {
                defer { mapped.drop(restBytes) }
                return try? Self.searchAndTables(rest, records: records, trigramShift: trigramShift)
            })
        guard let search else { return nil }
        for set in setters {
            guard let set else { return nil }
            set(&dataset)
        }
        guard search.tables.fit(dataset) else { return nil }
        return (dataset, search.text, search.tables)
    }

    /// The search text's tables and the index tables, which follow the records; nil when they do not fit together.
    private static func searchAndTables(_ rest: BlobReader, records: Int, trigramShift: UInt32)
        throws(CompactFormatError) -> (text: SearchText, tables: IndexTables)?
    {
        var blobs = rest
        let bytes: [UInt8] = try blobs.nextArray()
        let bounds: [Int] = try blobs.nextArray()
        var namesReader = CompactReader(try blobs.next())
        let exactNames = try namesReader.read([String: [Int]].self)
        var tablesReader = CompactReader(try blobs.next())
        let tables = try tablesReader.read(IndexTables.self)
        let trigrams = TrigramIndex(
            starts: try blobs.nextArray(), counts: try blobs.nextArray(), lists: try blobs.nextArray(),
            shift: trigramShift)
        guard namesReader.isAtEnd, tablesReader.isAtEnd, blobs.isAtEnd, trigrams.isConsistent,
            exactNames.values.allSatisfy({ $0.allSatisfy { $0 >= 0 && $0 < records } }),
            bounds.count == 2 * records + 1, bounds.first == 0, bounds.last == bytes.count,
            zip(bounds, bounds.dropFirst()).allSatisfy({ $0 <= $1 })
        else { return nil }
        return (SearchText(bytes: bytes, bounds: bounds, exactNames: exactNames, trigrams: trigrams), tables)
    }

    // MARK: Writing

    /// Writes the cache for a dataset just loaded from the file `stamp` describes (its hash filled in). Failures
    /// (no directory, read-only, disk full) are ignored: the next start just loads the file again.
    func write(_ index: DatasetIndex, stamp: DatasetFileStamp) {
        store(Self.encode(index, stamp: stamp), stamp: stamp)
    }

    /// Writes encoded bytes as the cache file for `stamp`, atomically; failures are ignored as in `write`.
    func store(_ bytes: [UInt8], stamp: DatasetFileStamp) {
        // Not flushed to disk: a cache torn by a crash fails its checksum and is rebuilt, so durability would
        // only cost time.
        let path = file(for: stamp)
        guard (try? AtomicFile.write(bytes, to: path, durable: false)) != nil else { return }
        // Each new cache makes room: the caches of datasets not opened for a month, or beyond the size cap, go.
        CacheSweep(directory: directory).run(keeping: path)
    }

    static func encode(_ index: DatasetIndex, stamp: DatasetFileStamp) -> [UInt8] {
        let dataset = index.dataset
        let search = index.searchText
        // The header, then the payload appended after it in place; its length and checksum are filled in last.
        var stampWriter = CompactWriter()
        stampWriter.write(stamp)
        var blobs = BlobWriter()
        blobs.bytes = magic
        withUnsafeBytes(of: formatVersion.littleEndian) { blobs.bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(stampWriter.bytes.count).littleEndian) { blobs.bytes.append(contentsOf: $0) }
        blobs.bytes.append(contentsOf: stampWriter.bytes)
        blobs.pad()
        let lengthSlot = blobs.bytes.count
        blobs.bytes.append(contentsOf: [UInt8](repeating: 0, count: 16))
        let payloadStart = blobs.bytes.count

        var table = CompactWriter()
        table.varint(UInt64(chunkSize))
        for (_, count) in dataset.counts { table.varint(UInt64(count)) }
        table.fixed32(search.trigrams.shift)
        blobs.append(table.bytes)
        var head = CompactWriter()
        head.write(dataset.formatVersion)
        head.write(dataset.title)
        head.write(dataset.source)
        blobs.append(head.bytes)
        var records = RecordEncoding(dataset: dataset, blobs: blobs)
        for kind in RecordKind.allCases { kind.visit(&records) }
        blobs = records.blobs
        records.blobs = BlobWriter()
        blobs.appendArray(search.bytes)
        blobs.appendArray(search.bounds)
        var names = CompactWriter()
        names.write(search.exactNames)
        blobs.append(names.bytes)
        var tables = CompactWriter()
        tables.write(index.tables)
        blobs.append(tables.bytes)
        blobs.appendArray(search.trigrams.starts)
        blobs.appendArray(search.trigrams.counts)
        blobs.appendArray(search.trigrams.lists)

        var file = blobs.bytes
        blobs.bytes = []
        let checksum = file.withUnsafeBytes { ContentHash.of(UnsafeRawBufferPointer(rebasing: $0[payloadStart...])) }
        let length = UInt64(file.count - payloadStart)
        file.withUnsafeMutableBytes { raw in
            raw.storeBytes(of: length.littleEndian, toByteOffset: lengthSlot, as: UInt64.self)
            raw.storeBytes(of: checksum.littleEndian, toByteOffset: lengthSlot + 8, as: UInt64.self)
        }
        return file
    }

    static func aligned(_ offset: Int) -> Int { (offset + 7) & ~7 }
}

/// Each kind's records as compact chunks of `DatasetCache.chunkSize`, in kind order; chunks are independent, so
/// encoded on both cores.
private struct RecordEncoding: RecordKindVisitor {
    let dataset: Dataset
    var blobs: BlobWriter

    mutating func visit<R: Record>(_ type: R.Type) {
        let records = dataset.records(R.self)
        let size = DatasetCache.chunkSize
        let encoded: [[UInt8]] = Concurrently.map((records.count + size - 1) / size) { i in
            var writer = CompactWriter()
            for record in records[i * size..<min(i * size + size, records.count)] { record.write(to: &writer) }
            return writer.bytes
        }
        for blob in encoded { blobs.append(blob) }
    }
}

/// Each kind's records read back from its chunks, on both cores, each chunk straight into its place in the kind's
/// array (no array per chunk to join afterwards). Nil when any chunk is damaged: the cache is then not used.
private struct RecordDecoding: RecordKindVisitor {
    let chunks: [[UnsafeRawBufferPointer]]
    let counts: [Int]
    let chunkSize: Int

    func visit<R: Record>(_ type: R.Type) -> ((inout Dataset) -> Void)? {
        let count = counts[R.kind.order]
        let size = chunkSize
        let chunks = self.chunks[R.kind.order]
        // Every record takes a byte at least.
        guard count <= chunks.reduce(0, { $0 + $1.count }) else { return nil }
        guard count > 0 else { return { $0.set([R]()) } }
        var whole = false
        let records = [R](unsafeUninitializedCapacity: count) { buffer, initialized in
            nonisolated(unsafe) let base = buffer.baseAddress!
            // Each chunk initialises only its own slots, and leaves none initialised when it fails.
            let read: [Bool] = Concurrently.map(chunks.count) { i in
                let start = i * size
                let end = min(start + size, count)
                var reader = CompactReader(chunks[i])
                var at = start
                while at < end, let record = try? R(reading: &reader) {
                    (base + at).initialize(to: record)
                    at += 1
                }
                guard at < end || !reader.isAtEnd else { return true }
                (base + start).deinitialize(count: at - start)
                return false
            }
            whole = !read.contains(false)
            if whole {
                initialized = count
                return
            }
            for (i, ok) in read.enumerated() where ok {
                (base + i * size).deinitialize(count: min(size, count - i * size))
            }
            initialized = 0
        }
        guard whole else { return nil }
        return { $0.set(records) }
    }
}
#if _endian(big)
    #error("the dataset cache stores raw little-endian arrays")
#endif
