import Foundation
import SummitData
import Testing

@testable import SummitModel
@testable import summit_bench

/// The dataset cache is used only when it is valid for this very file and build, and then answers exactly as the
/// file does. Every invalid case (stale, corrupt, truncated, another version, another file) must load the file
/// in full and write a fresh cache, which the next load uses. No timing: "from cache" is the loader's own report.
@Suite struct DatasetCacheTests {
    /// A scratch directory holding a synthetic dataset file and a cache directory.
    struct Scratch {
        let root: String
        let file: String
        let cache: DatasetCache

        init(records: Int = 2500, build: String = "test") throws {
            root =
                FileManager.default.temporaryDirectory.appendingPathComponent("summit-cache-\(UUID().uuidString)")
                .path
            try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
            file = root + "/data.json"
            try JSONEncoder().encode(SyntheticDataset.make(records: records)).write(to: URL(fileURLWithPath: file))
            cache = DatasetCache(directory: root + "/cache/summit", build: build, minimumBytes: 0)
        }

        func load(_ path: String? = nil, cache: DatasetCache? = nil) throws -> LoadedIndex {
            try DatasetLoader.loadIndex(contentsOf: path ?? file, cache: cache ?? self.cache)
        }

        /// The one cache file in the cache directory.
        var cacheFile: String {
            get throws {
                let names = try FileManager.default.contentsOfDirectory(atPath: root + "/cache/summit")
                    .filter { $0.hasSuffix(".cache") }
                try #require(names.count == 1, "cache files: \(names)")
                return root + "/cache/summit/" + names[0]
            }
        }

        func setModified(_ path: String, _ date: Date) throws {
            try FileManager.default.setAttributes([.modificationDate: date], ofItemAtPath: path)
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    @Test func cacheIsWrittenAfterALoadAndUsedOnTheNext() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let first = try scratch.load()
        #expect(!first.fromCache)
        let second = try scratch.load()
        #expect(second.fromCache)
        expectSameAnswers(second.index, first.index)
        #expect(try scratch.load().fromCache)
    }

    /// The sweep (DECISIONS 72) at work: a read marks the cache used, and a write removes a month-old cache of another
    /// dataset while keeping its own.
    @Test func readsMarkTheCacheUsedAndWritesSweepOldOnes() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        _ = try scratch.load()
        let own = try scratch.cacheFile
        let longAgo = Date(timeIntervalSinceNow: -40 * 24 * 3600)
        try scratch.setModified(own, longAgo)
        #expect(try scratch.load().fromCache)
        let used = try #require(try FileManager.default.attributesOfItem(atPath: own)[.modificationDate] as? Date)
        #expect(used.timeIntervalSinceNow > -3600, "a cached read marks the file used")

        let stale = scratch.root + "/cache/summit/dataset-gone-0123456789abcdef.cache"
        try Data(count: 64).write(to: URL(fileURLWithPath: stale))
        try scratch.setModified(stale, longAgo)
        // A changed dataset: this load writes a new cache, which sweeps.
        try scratch.setModified(scratch.file, Date(timeIntervalSinceNow: -5))
        #expect(try !scratch.load().fromCache)
        #expect(!FileManager.default.fileExists(atPath: stale), "a month-old cache of another dataset is swept")
        #expect(FileManager.default.fileExists(atPath: own))
    }

    /// The loading screen says "reading the cache" on a cached start, "reading the file" otherwise.
    @Test func progressSaysWhenTheCacheIsRead() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let cold = LoadProgress()
        _ = try DatasetLoader.loadIndex(contentsOf: scratch.file, cache: scratch.cache, progress: cold)
        #expect(!cold.snapshot.readingCache)
        let cached = LoadProgress()
        let loaded = try DatasetLoader.loadIndex(contentsOf: scratch.file, cache: scratch.cache, progress: cached)
        #expect(loaded?.fromCache == true)
        #expect(cached.snapshot.readingCache)
    }

    @Test func cachedIndexAnswersAsTheFileDoes() throws {
        let scratch = try Scratch(records: 4000)
        defer { scratch.remove() }
        _ = try scratch.load()
        let cached = try scratch.load()
        try #require(cached.fromCache)
        let fromJSON = DatasetIndex(try DatasetLoader.load(contentsOf: scratch.file))
        expectSameAnswers(cached.index, fromJSON)
    }

    @Test func bundledDatasetRoundTripsThroughTheCache() throws {
        let scratch = try Scratch(records: 20)
        defer { scratch.remove() }
        try Data(BundledDataset.json.utf8).write(to: URL(fileURLWithPath: scratch.file))
        _ = try scratch.load()
        let cached = try scratch.load()
        try #require(cached.fromCache)
        expectSameAnswers(cached.index, DatasetIndex(try BundledDataset.load()))
    }

    @Test func staleModificationTimeRebuilds() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        _ = try scratch.load()
        try scratch.setModified(scratch.file, Date(timeIntervalSince1970: 1_000_000))
        #expect(!(try scratch.load().fromCache))
        #expect(try scratch.load().fromCache, "rebuilt after the stale entry")
    }

    @Test func changedSizeRebuildsAndAnswersFromTheNewFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let before = try scratch.load().index
        var json = try String(contentsOfFile: scratch.file, encoding: .utf8)
        json = json.replacingOccurrences(of: "\"title\":\"Synthetic", with: "\"title\":\"Changed Synthetic")
        try json.write(toFile: scratch.file, atomically: false, encoding: .utf8)
        let after = try scratch.load()
        #expect(!after.fromCache)
        #expect(after.index.dataset.title != before.dataset.title)
        #expect(after.index.dataset.title.hasPrefix("Changed"))
        #expect(try scratch.load().fromCache)
    }

    /// Same size, same modification time, other bytes: only the content hash tells them apart.
    @Test func otherContentOfTheSameSizeAndTimeIsNotServedFromCache() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let when = Date(timeIntervalSince1970: 1_700_000_000)
        try scratch.setModified(scratch.file, when)
        let before = try scratch.load().index
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: scratch.file)))
        let title = Array("\"title\":\"".utf8)
        let at = try #require(bytes.indices.first { bytes[$0...].starts(with: title) }) + title.count
        bytes[at] = bytes[at] == UInt8(ascii: "X") ? UInt8(ascii: "Y") : UInt8(ascii: "X")
        try Data(bytes).write(to: URL(fileURLWithPath: scratch.file))
        try scratch.setModified(scratch.file, when)
        let after = try scratch.load()
        #expect(!after.fromCache)
        #expect(after.index.dataset != before.dataset)
    }

    @Test(arguments: [0.1, 0.5, 0.99])
    func corruptCacheIsIgnoredAndRebuilt(at fraction: Double) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        _ = try scratch.load()
        let path = try scratch.cacheFile
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        bytes[Int(Double(bytes.count) * fraction)] ^= 0x20
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let reloaded = try scratch.load()
        #expect(!reloaded.fromCache)
        expectSameAnswers(reloaded.index, DatasetIndex(try DatasetLoader.load(contentsOf: scratch.file)))
        #expect(try scratch.load().fromCache)
    }

    @Test(arguments: [0, 7, 100, -1])
    func truncatedCacheIsIgnored(keeping: Int) throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        _ = try scratch.load()
        let path = try scratch.cacheFile
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        try bytes.prefix(keeping < 0 ? bytes.count - 1 : keeping).write(to: URL(fileURLWithPath: path))
        #expect(!(try scratch.load().fromCache))
        #expect(try scratch.load().fromCache)
    }

    /// A chunk of records damaged inside a cache whose checksum still matches (as a bug in the reader or writer
    /// would leave it): the chunk is refused, no record of it is used, and the file is loaded in full. At 30,000
    /// records the quotes take two chunks, read on both cores; the second one is damaged, so the first, already
    /// read, is thrown away too.
    @Test(arguments: ChunkDamage.allCases)
    func damagedRecordChunkIsRefused(_ damage: ChunkDamage) throws {
        let scratch = try Scratch(records: 30_000)
        defer { scratch.remove() }
        let first = try scratch.load()
        let path = try scratch.cacheFile
        var file = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        // Blobs: the table of counts, the head, then each kind's chunks in kind order.
        let counts = first.index.dataset.counts.map(\.count)
        let chunks = counts.map { ($0 + DatasetCache.chunkSize - 1) / DatasetCache.chunkSize }
        try #require(chunks[RecordKind.quote.order] >= 2, "quotes in two chunks at least")
        let secondQuoteChunk = 2 + chunks[..<RecordKind.quote.order].reduce(0, +) + 1
        try Self.rewriteBlob(secondQuoteChunk, of: &file) { damage.apply(to: $0) }
        try Data(file).write(to: URL(fileURLWithPath: path))
        let reloaded = try scratch.load()
        // Untouched, the rewritten file is used: what refuses the others is the chunk, not the rewrite.
        #expect(reloaded.fromCache == (damage == .untouched))
        expectSameAnswers(reloaded.index, first.index)
        #expect(try scratch.load().fromCache, "rewritten after the damaged entry")
    }

    enum ChunkDamage: CaseIterable {
        case untouched, cutInHalf, oneByteShort, oneByteMore, overlongNumbers

        func apply(to chunk: [UInt8]) -> [UInt8] {
            switch self {
            case .untouched: chunk
            case .cutInHalf: Array(chunk.prefix(chunk.count / 2))
            case .oneByteShort: Array(chunk.dropLast())
            case .oneByteMore: chunk + [0]
            case .overlongNumbers: [UInt8](repeating: 0xFF, count: chunk.count)
            }
        }
    }

    /// Replaces the payload's blob number `target` and puts a matching length and checksum in the header, so only
    /// the reader of that blob can tell.
    static func rewriteBlob(_ target: Int, of file: inout [UInt8], _ change: ([UInt8]) -> [UInt8]) throws {
        func aligned(_ n: Int) -> Int { (n + 7) & ~7 }
        func u64(_ at: Int) -> Int {
            file[at..<at + 8].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        }
        let stampLength = file[12..<16].enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        let header = aligned(16 + stampLength)
        var blobs: [[UInt8]] = []
        var at = header + 16
        while at < file.count {
            let length = u64(at)
            blobs.append(Array(file[at + 8..<at + 8 + length]))
            at = aligned(at + 8 + length)
        }
        try #require(target < blobs.count)
        blobs[target] = change(blobs[target])
        var payload: [UInt8] = []
        for blob in blobs {
            withUnsafeBytes(of: UInt64(blob.count).littleEndian) { payload.append(contentsOf: $0) }
            payload += blob
            payload += [UInt8](repeating: 0, count: aligned(payload.count) - payload.count)
        }
        file.removeSubrange(header...)
        withUnsafeBytes(of: UInt64(payload.count).littleEndian) { file.append(contentsOf: $0) }
        let checksum = payload.withUnsafeBytes { ContentHash.of($0) }
        withUnsafeBytes(of: checksum.littleEndian) { file.append(contentsOf: $0) }
        file += payload
    }

    @Test func cacheFromAnotherBuildIsIgnored() throws {
        let scratch = try Scratch(build: "1.0 old")
        defer { scratch.remove() }
        _ = try scratch.load()
        #expect(try scratch.load().fromCache)
        let newer = DatasetCache(directory: scratch.cache.directory, build: "1.1 new", minimumBytes: 0)
        #expect(!(try scratch.load(cache: newer).fromCache))
        #expect(try scratch.load(cache: newer).fromCache)
        #expect(!(try scratch.load().fromCache), "and the old build does not take the new one's cache either")
    }

    /// A cache entry copied to another file's name (same content, other path) names its own path and is refused.
    @Test func cacheOfAnotherFileIsIgnored() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        _ = try scratch.load()
        let entry = try scratch.cacheFile
        let other = scratch.root + "/other.json"
        try FileManager.default.copyItem(atPath: scratch.file, toPath: other)
        let canonical = try #require(
            realpath(other, nil).map { p in
                defer { free(p) }
                return String(cString: p)
            })
        let otherEntry =
            scratch.cache.directory + "/dataset-" + DatasetKey.forFile(canonical, workingDirectory: "/") + ".cache"
        try FileManager.default.copyItem(atPath: entry, toPath: otherEntry)
        #expect(!(try scratch.load(other).fromCache))
        #expect(try scratch.load(other).fromCache)
    }

    @Test func invalidFileIsNeverCached() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        try Data("{\"formatVersion\": 1}".utf8).write(to: URL(fileURLWithPath: scratch.file))
        #expect(throws: DatasetError.self) { try scratch.load() }
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: scratch.cache.directory)) ?? []
        #expect(entries.isEmpty)
    }

    @Test func unwritableCacheDirectoryMeansNoCache() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // A regular file where the cache directory should be: nothing can be written under it.
        try Data().write(to: URL(fileURLWithPath: scratch.root + "/cache"))
        #expect(!(try scratch.load().fromCache))
        #expect(!(try scratch.load().fromCache))
    }

    @Test func smallFilesAndNoCacheAreNotCached() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let strict = DatasetCache(directory: scratch.cache.directory, build: "test")
        _ = try scratch.load(cache: strict)
        #expect(!(try scratch.load(cache: strict).fromCache), "a file under the minimum size")
        #expect(!(try DatasetLoader.loadIndex(contentsOf: scratch.file, cache: nil).fromCache))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: scratch.cache.directory)) == nil)
    }

    @Test func contentHashIsXXH64() {
        func hash(_ text: String) -> UInt64 { Array(text.utf8).withUnsafeBytes { ContentHash.of($0) } }
        #expect(hash("") == 0xEF46_DB37_51D8_E999)
        #expect(hash("abc") == 0x44BC_2CF5_AD77_0999)
        let long = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        let whole = long.withUnsafeBytes { ContentHash.of($0) }
        for cut in [1, 5, 31, 32, 33, 500, 999] {
            var pieces = ContentHash()
            long.withUnsafeBytes { raw in
                pieces.update(UnsafeRawBufferPointer(rebasing: raw[0..<cut]))
                pieces.update(UnsafeRawBufferPointer(rebasing: raw[cut...]))
            }
            #expect(pieces.finish() == whole, "split at \(cut)")
        }
    }

    /// Records, search tables, search answers and links are the same.
    func expectSameAnswers(_ a: DatasetIndex, _ b: DatasetIndex, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(a.dataset == b.dataset, sourceLocation: sourceLocation)
        #expect(a.searchText.bytes == b.searchText.bytes, sourceLocation: sourceLocation)
        #expect(a.searchText.bounds == b.searchText.bounds, sourceLocation: sourceLocation)
        #expect(a.searchText.exactNames == b.searchText.exactNames, sourceLocation: sourceLocation)
        #expect(a.searchText.trigrams.lists == b.searchText.trigrams.lists, sourceLocation: sourceLocation)
        #expect(a.searchText.trigrams.starts == b.searchText.trigrams.starts, sourceLocation: sourceLocation)
        #expect(a.searchText.trigrams.counts == b.searchText.trigrams.counts, sourceLocation: sourceLocation)
        #expect(a.allRefs == b.allRefs, sourceLocation: sourceLocation)
        // The reverse indexes, the speakers' actors and the name tables, all of them, as their cached bytes.
        var tablesA = CompactWriter()
        tablesA.write(a.tables)
        var tablesB = CompactWriter()
        tablesB.write(b.tables)
        #expect(tablesA.bytes == tablesB.bytes, "index tables", sourceLocation: sourceLocation)
        for actor in a.dataset.actors.prefix(3) {
            #expect(a.resolveActor(actor.name) == b.resolveActor(actor.name), sourceLocation: sourceLocation)
        }
        var names = ["troops", "ceasefire monitoring", "e", "xylophone", "pillar 2", ""]
        names += a.dataset.actors.prefix(3).map(\.name)
        for query in names {
            #expect(a.search(query) == b.search(query), "search \"\(query)\"", sourceLocation: sourceLocation)
        }
        for ref in a.allRefs.enumerated().filter({ $0.offset % 97 == 0 }).map(\.element) {
            #expect(a.linked(to: ref) == b.linked(to: ref), "links of \(ref)", sourceLocation: sourceLocation)
        }
    }
}
