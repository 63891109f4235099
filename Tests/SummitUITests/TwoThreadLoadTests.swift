import Foundation
import SummitData
import Testing

@testable import SummitModel
@testable import summit_bench

/// Parsing and validating on two threads (DECISIONS 75) gives exactly what one thread gives: the same dataset for a
/// valid file, the same problems in the same order (paths, lines, columns) for a broken one. The bar is lowered so
/// small random datasets take the two-thread path; the two-thread path is shown to be taken, not just to agree.
@Suite struct TwoThreadLoadTests {
    static let everything = TwoThreadBar(records: 1, bytes: 0)

    func json(records: Int) throws -> Data { try JSONEncoder().encode(SyntheticDataset.make(records: records)) }

    func outcome(_ data: Data, _ bar: TwoThreadBar, limit: Int = ProblemLog.defaultLimit) -> Result<
        Dataset, DatasetError
    > {
        Result { () throws(DatasetError) in
            try DatasetLoader.load(data: data, origin: "t.json", problemLimit: limit, twoThreads: bar)
        }
    }

    @Test func aValidFileGivesTheSameDatasetAndTakesTheTwoThreadPath() throws {
        for records in [40, 333, 2500] {
            let data = try json(records: records)
            let sequential = try DatasetLoader.load(data: data, origin: "t", problemLimit: 200, twoThreads: .never)
            let split = try DatasetLoader.load(data: data, origin: "t", problemLimit: 200, twoThreads: Self.everything)
            #expect(split == sequential, "\(records) records")
            try data.withUnsafeBytes { raw in
                let bytes = raw.bindMemory(to: UInt8.self)
                let root = try #require(try JSONParser.parseSplit(bytes, bar: Self.everything), "the split parse ran")
                #expect(same(root, try JSONParser.parse(bytes)), "the same tree, offsets included")
                let validated = DatasetValidator(readsOnTwoThreads: true).validate(root)
                #expect(validated == sequential, "the two-thread validator accepted it itself")
            }
        }
    }

    @Test func theBundledDatasetAndSmallFilesStayOnOneThread() throws {
        #expect(!splits(try json(records: 2500), .standard))
        #expect(!splits(Data(BundledDataset.json.utf8), .standard))
        #expect(splits(Data(BundledDataset.json.utf8), Self.everything), "it would split, were it large enough")
    }

    @Test func aLargeFileTakesTheTwoThreadPathAtTheStandardBar() throws {
        let data = try json(records: 20_500)
        try #require(data.count >= TwoThreadBar.standard.bytes)
        #expect(splits(data, .standard))
        // Both halves add to the progress; at the end it holds the whole file and every record.
        let progress = LoadProgress()
        let loaded = try #require(try DatasetLoader.load(data: data, origin: "t", progress: progress))
        #expect(progress.snapshot.records == loaded.counts.reduce(0) { $0 + $1.count })
        #expect(progress.snapshot.bytesParsed == data.count && progress.snapshot.bytesTotal == data.count)
    }

    /// Random damage (a byte changed, removed or added anywhere; the file cut short; an id repeated; a reference
    /// broken; a field renamed): both paths must fail alike, problem for problem.
    @Test func brokenFilesGiveTheSameProblemsInTheSameOrder() throws {
        let valid = try json(records: 300)
        var random = SyntheticDataset.Generator(state: 7)
        let bytes = [UInt8](valid)
        let inserts: [UInt8] = Array("{}[],:\"\\ x0-".utf8)
        var failures = 0
        for round in 0..<120 {
            var broken = bytes
            switch round % 6 {
            case 0: broken[random.below(broken.count)] = inserts[random.below(inserts.count)]
            case 1: broken.remove(at: random.below(broken.count))
            case 2: broken.insert(inserts[random.below(inserts.count)], at: random.below(broken.count))
            case 3: broken.removeLast(random.below(broken.count - 1) + 1)
            case 4: broken = replacing(broken, "\"quote-\(random.below(100))\"", with: "\"actor-\(random.below(10))\"")
            default: broken = replacing(broken, "\"span\"", with: "\"spam\"", every: random.below(5) + 1)
            }
            let data = Data(broken)
            let limit = round % 2 == 0 ? ProblemLog.defaultLimit : 3
            let sequential = outcome(data, .never, limit: limit)
            let split = outcome(data, Self.everything, limit: limit)
            #expect(split == sequential, "round \(round)")
            if case .failure = sequential { failures += 1 }
        }
        #expect(failures > 100, "most damage is found (\(failures) of 120)")
    }

    /// Whether the parser reads `data` on two threads at `bar`.
    func splits(_ data: Data, _ bar: TwoThreadBar) -> Bool {
        data.withUnsafeBytes { raw in (try? JSONParser.parseSplit(raw.bindMemory(to: UInt8.self), bar: bar)) != nil }
    }

    /// `text` with each (or every `every`-th) occurrence of `old` replaced.
    func replacing(_ bytes: [UInt8], _ old: String, with new: String, every: Int = 1) -> [UInt8] {
        let text = String(decoding: bytes, as: UTF8.self)
        let pieces = text.components(separatedBy: old)
        var result = pieces[0]
        for (n, piece) in pieces.dropFirst().enumerated() { result += (n % every == 0 ? new : old) + piece }
        return Array(result.utf8)
    }

    func same(_ a: JSONNode, _ b: JSONNode) -> Bool {
        guard a.offset == b.offset else { return false }
        switch (a.value, b.value) {
        case (.null, .null): return true
        case (.bool(let x), .bool(let y)): return x == y
        case (.number(let x), .number(let y)): return x == y
        case (.string(let x), .string(let y)): return x == y
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case (.object(let x), .object(let y)):
            return x.count == y.count
                && zip(x, y).allSatisfy { $0.key == $1.key && $0.keyOffset == $1.keyOffset && same($0.node, $1.node) }
        default: return false
        }
    }
}
