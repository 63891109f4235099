import Foundation
import Testing

@testable import summit_bench

/// The command line goes through the dataset cache for a --data file of 1 MiB or more: the first run writes it,
/// later runs print the same bytes, SUMMIT_NO_CACHE writes none, and `validate` reads the file itself.
@Suite struct CLICacheTests {
    @Test func lookupsWriteAndReuseTheCacheAndAnswerAlike() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("large.json").path
        try JSONEncoder().encode(SyntheticDataset.make(records: 8000)).write(to: URL(fileURLWithPath: file))
        try #require((try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int ?? 0) >= 1 << 20)
        let cache = folder.path + "/cache"
        var environment = CLI.environment
        environment["XDG_CACHE_HOME"] = cache
        func cacheFiles() -> [String] {
            ((try? FileManager.default.contentsOfDirectory(atPath: cache + "/summit")) ?? []).filter {
                $0.hasSuffix(".cache")
            }
        }
        let arguments = ["--data", file, "search", "troops ceasefire", "--format", "csv"]

        var off = environment
        off["SUMMIT_NO_CACHE"] = "1"
        let uncached = CLI.run(arguments, environment: off)
        #expect(uncached.status == 0)
        #expect(cacheFiles().isEmpty, "SUMMIT_NO_CACHE writes no cache")

        let first = CLI.run(arguments, environment: environment)
        #expect(first.status == 0)
        #expect(cacheFiles().count == 1, "the first run writes the cache")
        let everything = (try? FileManager.default.contentsOfDirectory(atPath: cache + "/summit")) ?? []
        #expect(everything == cacheFiles(), "written after the answer, and still no temporary file left: \(everything)")
        let second = CLI.run(arguments, environment: environment)
        #expect(second.status == 0)
        #expect(second.stdout == uncached.stdout && first.stdout == uncached.stdout)
        #expect(!uncached.stdout.isEmpty)

        // A damaged file is reported by validate even while a cache for its old content exists.
        try Data("{".utf8).write(to: URL(fileURLWithPath: file))
        let validate = CLI.run(["validate", file], environment: environment)
        #expect(validate.status == 65, "\(String(decoding: validate.stderr, as: UTF8.self))")
        let lookup = CLI.run(arguments, environment: environment)
        #expect(lookup.status == 65, "and so is every lookup: the stale cache is not used")
    }
}
