import Foundation
import Testing

@testable import SummitModel
@testable import summit_bench

/// A cold load can leave its cache write for later (the explorer starts it once the panes are up), and the search
/// text a large dataset builds on a second thread is the one the sequential path builds.
@Suite struct PendingCacheWriteTests {
    typealias Scratch = DatasetCacheTests.Scratch

    func cacheFiles(_ scratch: Scratch) -> [String] {
        (try? FileManager.default.contentsOfDirectory(atPath: scratch.root + "/cache/summit")) ?? []
    }

    func loadLater(_ scratch: Scratch) throws -> LoadedIndex {
        try #require(
            try DatasetLoader.loadIndex(contentsOf: scratch.file, cache: scratch.cache, progress: nil, writing: .later))
    }

    @Test func aLaterWriteTouchesNothingUntilStartedThenServesTheNextLoad() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let first = try loadLater(scratch)
        #expect(!first.fromCache)
        let write = try #require(first.pendingWrite)
        #expect(cacheFiles(scratch).isEmpty)
        write.start()
        write.waitForEnd()
        #expect(write.current == .done)
        write.settle()
        let second = try scratch.load()
        #expect(second.fromCache)
        #expect(second.pendingWrite == nil)
        DatasetCacheTests().expectSameAnswers(second.index, first.index)
    }

    @Test func aWriteSettledBeforeItWritesLeavesNoFileAtAll() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let write = try #require(try loadLater(scratch).pendingWrite)
        write.settle()
        write.start()
        write.waitForEnd()
        #expect(write.current == .abandoned)
        #expect(cacheFiles(scratch).isEmpty)
        #expect(!(try scratch.load().fromCache))
    }

    @Test func aWriteSettledWhileRunningEndsWholeOrAbsent() throws {
        let scratch = try Scratch(records: 6000)
        defer { scratch.remove() }
        let write = try #require(try loadLater(scratch).pendingWrite)
        write.start()
        write.settle()
        write.waitForEnd()
        // Abandoned while encoding, or finished because it was writing: never a temporary file left beside it.
        let files = cacheFiles(scratch)
        #expect(files.allSatisfy { $0.hasSuffix(".cache") }, "\(files)")
        #expect(try scratch.load().fromCache == (write.current == .done))
    }

    @Test func aNowLoadWritesBeforeReturning() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let first = try scratch.load()
        #expect(first.pendingWrite == nil)
        #expect(cacheFiles(scratch).count == 1)
    }

    @Test func searchTextBuiltAlongsideIsTheSequentialOne() throws {
        let dataset = SyntheticDataset.make(records: DatasetIndex.concurrentBuildMinimum + 3000)
        let index = DatasetIndex(dataset)
        try #require(index.allRefs.count >= DatasetIndex.concurrentBuildMinimum)
        let sequential = SearchText(dataset: dataset, refs: index.allRefs)
        let alongside = index.searchText
        #expect(alongside.bytes == sequential.bytes)
        #expect(alongside.bounds == sequential.bounds)
        #expect(alongside.exactNames == sequential.exactNames)
        #expect(alongside.trigrams.starts == sequential.trigrams.starts)
        #expect(alongside.trigrams.counts == sequential.trigrams.counts)
        #expect(alongside.trigrams.lists == sequential.trigrams.lists)
        #expect(alongside.trigrams.shift == sequential.trigrams.shift)
    }
}
