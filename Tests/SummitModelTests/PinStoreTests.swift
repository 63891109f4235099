import Foundation
import SummitData
import SummitModel
import Testing

/// Pins: an ordered list without duplicates, and its file (atomic, private, corrupt files set aside, stale pins kept).
@Suite struct PinStoreTests {
    let index: DatasetIndex
    init() throws { index = DatasetIndex(try BundledDataset.load()) }

    private func scratch() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("summit-pins-\(UUID().uuidString)").path
    }

    private func ref(_ id: String) -> RecordRef { index.ref(id: id)! }

    @Test func pinsKeepTheirOrderAndMoveWithinIt() {
        var pins = PinList()
        pins.toggle(ref("poland"))
        pins.toggle(ref("united-kingdom"))
        pins.add(ref("poland"))
        #expect(pins.refs == [ref("poland"), ref("united-kingdom")])
        pins.add(ref("france"))
        pins.move(ref("france"), by: -1)
        #expect(pins.refs.map(\.id) == ["poland", "france", "united-kingdom"])
        pins.move(ref("poland"), by: -1)
        pins.move(ref("united-kingdom"), by: 1)
        #expect(pins.refs.map(\.id) == ["poland", "france", "united-kingdom"])
        pins.toggle(ref("france"))
        #expect(pins.refs.map(\.id) == ["poland", "united-kingdom"])
        #expect(!pins.contains(ref("france")) && pins.contains(ref("united-kingdom")))
        #expect(pins.remove([ref("united-kingdom"), ref("germany")]) == 1)
        #expect(pins.refs.map(\.id) == ["poland"])
    }

    @Test func theFileRoundTripsInOrderWithPrivateModes() throws {
        let dir = scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let paths = XDGPaths(environment: ["HOME": "/nowhere", "XDG_STATE_HOME": dir])
        let store = PinStore(datasetKey: DatasetKey.bundled, paths: paths)
        #expect(store.path == dir + "/summit/pins-bundled.json")
        #expect(store.load().pins.isEmpty && store.load().problem == nil)
        let pins = PinList([ref("united-kingdom"), ref("poland"), ref(index.dataset.quotes[0].id)])
        try store.save(pins)
        let loaded = store.load()
        #expect(loaded.pins == pins && loaded.problem == nil && loaded.writable)
        let fileMode = try FileManager.default.attributesOfItem(atPath: store.path)[.posixPermissions] as? Int
        let dirMode = try FileManager.default.attributesOfItem(atPath: dir + "/summit")[.posixPermissions] as? Int
        #expect(fileMode == 0o600 && dirMode == 0o700)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/summit") == ["pins-bundled.json"])
    }

    @Test func aCorruptFileIsSetAsideAndReported() throws {
        let dir = scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = PinStore(path: dir + "/pins-x.json")
        for garbage in ["{\"formatVersion\": 1, \"pins\": [{\"kind\": \"act", "", "[1,2]", "{\"pins\": \"poland\"}"] {
            try AtomicFile.write(Array(garbage.utf8), to: store.path)
            let loaded = store.load()
            #expect(loaded.pins.isEmpty && loaded.writable)
            let problem = try #require(loaded.problem)
            #expect(problem.contains("could not be read") && problem.contains(".corrupt-"))
            #expect(try AtomicFile.read(store.path) == nil)
        }
        let kept = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(kept == (1...4).map { "pins-x.json.corrupt-\($0)" })
        #expect(try AtomicFile.read(dir + "/pins-x.json.corrupt-3") == Array("[1,2]".utf8))
    }

    @Test func aNewerFileIsLeftAloneAndNotWritable() throws {
        let dir = scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = PinStore(path: dir + "/pins-x.json")
        let newer = "{\"formatVersion\": 9, \"pins\": []}"
        try AtomicFile.write(Array(newer.utf8), to: store.path)
        let loaded = store.load()
        #expect(!loaded.writable && loaded.problem?.contains("newer summit") == true)
        #expect(try AtomicFile.read(store.path) == Array(newer.utf8))
    }

    @Test func stalePinsAreReportedAndKept() throws {
        let dir = scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = PinStore(path: dir + "/pins-x.json")
        let gone = RecordRef(kind: .actor, id: "atlantis")
        try store.save(PinList([ref("united-kingdom"), gone, ref("poland")]))
        let pins = store.load().pins
        #expect(pins.stale(in: index) == [gone])
        #expect(pins.current(in: index) == [ref("united-kingdom"), ref("poland")])
        #expect(pins.refs.count == 3)
    }
}
