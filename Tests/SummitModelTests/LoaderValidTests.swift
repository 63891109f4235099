import Foundation
import SummitData
import Testing

@testable import SummitModel

@Suite struct LoaderValidTests {
    @Test func minimalDatasetLoadsWithEveryRecord() throws {
        let dataset = try LoaderFixture.load(LoaderFixture.dataset())
        #expect(dataset.counts.map(\.count) == [1, 2, 1, 1, 1, 1, 1, 1])
        #expect(dataset.actors[0].aliases == ["Turkey", "Ankara"])
        #expect(dataset.quotes[0].speaker == "buras")
        #expect(dataset.events[0].disputes[0].by == "russia")
        #expect(dataset.notes[0].span == nil)
        let (start, end) = LoaderFixture.offsets(of: "We’re ready to act.")
        #expect(dataset.quotes[0].span == SourceSpan(start: start, end: end, excerpt: "We’re ready to act."))
    }

    @Test func agreesWithCodableDecoding() throws {
        let data = LoaderFixture.json(LoaderFixture.dataset())
        let loaded = try DatasetLoader.load(data: data, origin: "test.json")
        #expect(loaded == (try JSONDecoder().decode(Dataset.self, from: data)))
    }

    @Test func roundTripsThroughJSONEncoder() throws {
        let loaded = try LoaderFixture.load(LoaderFixture.dataset())
        let encoded = try JSONEncoder().encode(loaded)
        #expect(try DatasetLoader.load(data: encoded, origin: "again.json") == loaded)
    }

    @Test func nullOptionalFieldsAreAbsent() throws {
        let dataset = try LoaderFixture.load(LoaderFixture.dataset(setting: ["quotes", 0, "speaker"], to: NSNull()))
        #expect(dataset.quotes[0].speaker == nil)
    }

    @Test func loadsFromAFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "summit-valid-\(UUID().uuidString).json")
        try LoaderFixture.json(LoaderFixture.dataset()).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(try DatasetLoader.load(contentsOf: url.path).title == "Test summit")
    }

    @Test func byteOrderMarkIsAccepted() throws {
        let data = Data([0xEF, 0xBB, 0xBF]) + LoaderFixture.json(LoaderFixture.dataset())
        #expect(try DatasetLoader.load(data: data, origin: "bom.json").title == "Test summit")
    }

    @Test func bundledDatasetValidatesCleanly() {
        do {
            let dataset = try BundledDataset.load()
            #expect(!dataset.quotes.isEmpty)
        } catch {
            Issue.record("bundled dataset is invalid: \(error)")
        }
    }
}
