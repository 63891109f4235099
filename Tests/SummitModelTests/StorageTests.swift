import Foundation
import SummitModel
import Testing

/// The shared facility for summit's own files: XDG locations and atomic, never-half-written files.
@Suite struct StorageTests {
    private func scratch() -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("summit-storage-\(UUID().uuidString)").path
    }

    @Test func xdgVariablesWinWhenAbsolute() {
        let paths = XDGPaths(environment: [
            "HOME": "/home/ana", "XDG_CONFIG_HOME": "/cfg/", "XDG_STATE_HOME": "/st",
            "XDG_CACHE_HOME": "/c",
        ])
        #expect(paths.configDirectory == "/cfg/summit")
        #expect(paths.configFile == "/cfg/summit/config.toml")
        #expect(paths.stateDirectory == "/st/summit")
        #expect(paths.stateFile("state-x.json") == "/st/summit/state-x.json")
        #expect(paths.cacheDirectory == "/c/summit")
    }

    @Test func emptyOrRelativeXDGVariablesFallBackUnderHome() {
        let paths = XDGPaths(environment: ["HOME": "/home/ana", "XDG_CONFIG_HOME": "", "XDG_STATE_HOME": "rel/dir"])
        #expect(paths.configDirectory == "/home/ana/.config/summit")
        #expect(paths.stateDirectory == "/home/ana/.local/state/summit")
        #expect(paths.cacheDirectory == "/home/ana/.cache/summit")
    }

    @Test func writeCreatesParentsAndReplacesWholly() throws {
        let dir = scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/a/b/state.json"
        #expect(try AtomicFile.read(path) == nil)
        try AtomicFile.write(Array("first, longer text".utf8), to: path)
        try AtomicFile.write(Array("second".utf8), to: path)
        #expect(try AtomicFile.read(path) == Array("second".utf8))
        // No temporary file is left beside it.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir + "/a/b") == ["state.json"])
        let mode = try FileManager.default.attributesOfItem(atPath: dir + "/a")[.posixPermissions] as? Int
        #expect(mode == 0o700)
    }

    @Test func createNeverOverwrites() throws {
        let dir = scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/config.toml"
        #expect(try AtomicFile.create(Array("mine".utf8), at: path))
        #expect(try !AtomicFile.create(Array("default".utf8), at: path))
        #expect(try AtomicFile.read(path) == Array("mine".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir) == ["config.toml"])
    }

    @Test func setAsideKeepsEveryCorruptCopy() throws {
        let dir = scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/state.json"
        try AtomicFile.write(Array("bad 1".utf8), to: path)
        #expect(try AtomicFile.setAside(path) == path + ".corrupt-1")
        try AtomicFile.write(Array("bad 2".utf8), to: path)
        #expect(try AtomicFile.setAside(path) == path + ".corrupt-2")
        #expect(try AtomicFile.read(path) == nil)
        #expect(try AtomicFile.read(path + ".corrupt-1") == Array("bad 1".utf8))
    }

    @Test func readingADirectoryIsAnErrorWithItsReason() throws {
        let dir = scratch()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try AtomicFile.makeDirectories(dir)
        #expect(throws: StorageError.self) { try AtomicFile.read(dir) }
        do {
            _ = try AtomicFile.read(dir)
        } catch {
            #expect(error.description.hasPrefix("cannot read \(dir): "))
        }
    }
}
