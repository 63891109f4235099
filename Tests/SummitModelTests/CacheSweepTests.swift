import Foundation
import Testing

@testable import SummitModel

/// The cache folder's sweep: by age, by total size (least recently used first), stale temporary files, and nothing
/// that is not summit's.
@Suite struct CacheSweepTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("summit-sweep-\(UUID().uuidString)").path
    let now = 2_000_000_000
    let day = 24 * 3600

    init() throws { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }

    /// A file of `bytes` bytes last modified `age` seconds before `now`.
    func make(_ name: String, bytes: Int = 10, age: Int) throws {
        let path = folder + "/" + name
        try Data(count: bytes).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSince1970: TimeInterval(now - age))], ofItemAtPath: path)
    }

    func left() throws -> Set<String> { Set(try FileManager.default.contentsOfDirectory(atPath: folder)) }

    @Test func cachesUnusedForThirtyDaysGoOthersStay() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try make("dataset-old-1.cache", age: 31 * day)
        try make("dataset-recent-2.cache", age: 29 * day)
        try make("dataset-new-3.cache", age: 0)
        CacheSweep(directory: folder).run(keeping: folder + "/dataset-new-3.cache", now: now)
        #expect(try left() == ["dataset-recent-2.cache", "dataset-new-3.cache"])
    }

    @Test func overTheSizeLimitTheLeastRecentlyUsedGoFirstNeverTheOneJustWritten() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try make("dataset-a.cache", bytes: 400, age: 3 * day)
        try make("dataset-b.cache", bytes: 400, age: 1 * day)
        try make("dataset-c.cache", bytes: 400, age: 2 * day)
        // The new one alone is over the limit: it stays, everything else goes, oldest first.
        try make("dataset-new.cache", bytes: 600, age: 0)
        var sweep = CacheSweep(directory: folder)
        sweep.maximumBytes = 1000
        sweep.run(keeping: folder + "/dataset-new.cache", now: now)
        #expect(try left() == ["dataset-b.cache", "dataset-new.cache"])
        sweep.maximumBytes = 500
        sweep.run(keeping: folder + "/dataset-new.cache", now: now)
        #expect(try left() == ["dataset-new.cache"])
    }

    @Test func temporaryFilesOfAKilledWriteGoAfterAnHourNotBefore() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try make("dataset-x.cache.tmp-AbC123", age: 2 * 3600)
        try make("dataset-y.cache.tmp-XyZ789", age: 60)
        CacheSweep(directory: folder).run(keeping: folder + "/none", now: now)
        #expect(try left() == ["dataset-y.cache.tmp-XyZ789"])
    }

    @Test func filesThatAreNotSummitCachesAreNeverTouched() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try make("notes.txt", bytes: 5000, age: 400 * day)
        try make("dataset-old.json", age: 400 * day)
        try make("other-1.cache", age: 400 * day)
        try FileManager.default.createDirectory(
            atPath: folder + "/dataset-dir.cache", withIntermediateDirectories: true)
        var sweep = CacheSweep(directory: folder)
        sweep.maximumBytes = 1
        sweep.run(keeping: folder + "/none", now: now)
        #expect(try left() == ["notes.txt", "dataset-old.json", "other-1.cache", "dataset-dir.cache"])
    }

    @Test func usingACacheKeepsItFromAging() throws {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try make("dataset-daily.cache", age: 40 * day)
        CacheSweep.markUsed(folder + "/dataset-daily.cache")
        // Swept at the real time now: it was just used.
        CacheSweep(directory: folder).run(keeping: folder + "/none")
        #expect(try left() == ["dataset-daily.cache"])
    }
}
