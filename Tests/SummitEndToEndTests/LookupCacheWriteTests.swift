import Foundation
import Testing

@testable import SummitCommands
@testable import SummitModel
@testable import summit_bench

/// A cold lookup leaves its cache write until the answer is out (DECISIONS 74): loading the index touches no cache
/// file, the write left behind puts down one whole file, and the next load uses it.
@Suite struct LookupCacheWriteTests {
    @Test func theIndexIsHandedOverBeforeTheCacheIsWritten() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("large.json").path
        try JSONEncoder().encode(SyntheticDataset.make(records: 3000)).write(to: URL(fileURLWithPath: file))
        let directory = folder.path + "/cache/summit"
        let cache = DatasetCache(directory: directory, build: "test", minimumBytes: 0)
        func files() -> [String] { (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] }

        let index = try DatasetSource.index(file: file, cache: cache)
        #expect(files().isEmpty, "nothing is written before the answer")
        let write = try #require(DatasetSource.takeAnsweredCacheWrite())
        #expect(DatasetSource.takeAnsweredCacheWrite() == nil, "handed over once")
        write.run()
        #expect(files().count == 1 && files()[0].hasSuffix(".cache"), "one whole cache file, no temporary: \(files())")

        let again = try DatasetLoader.loadIndex(contentsOf: file, cache: cache)
        #expect(again.fromCache)
        #expect(again.index.dataset == index.dataset)
        _ = try DatasetSource.index(file: file, cache: cache)
        #expect(DatasetSource.takeAnsweredCacheWrite() == nil, "a cached load leaves nothing to write")
    }
}
