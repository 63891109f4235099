import Foundation
import SummitConfig
import SummitModel
import SummitUI
import Testing

@testable import SummitCommands

/// `summit config …` and the config file's effect on the lookups, run as a user would, each test in its own
/// config and state folders.
@Suite("summit config")
struct CLIConfigTests {
    /// A fresh XDG home: config and state folders that do not exist yet.
    struct Home {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("summit-config-\(UUID().uuidString)")
            .path
        var environment: [String: String] {
            var e = CLI.environment
            e["XDG_CONFIG_HOME"] = root + "/config"
            e["XDG_STATE_HOME"] = root + "/state"
            return e
        }
        var configFile: String { root + "/config/summit/config.toml" }
        func run(_ arguments: [String], extra: [String: String] = [:]) -> Spawn.Outcome {
            CLI.run(arguments, environment: environment.merging(extra) { $1 })
        }
        func write(_ text: String, to path: String) throws {
            try FileManager.default.createDirectory(
                atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    @Test func pathFollowsTheFlagThenSUMMIT_CONFIGThenXDG() {
        let home = Home()
        defer { home.remove() }
        #expect(home.run(["config", "path"]).out == home.configFile + "\n")
        #expect(home.run(["config", "path"], extra: ["SUMMIT_CONFIG": "/e.toml"]).out == "/e.toml\n")
        #expect(
            home.run(["config", "path", "--config", "/f.toml"], extra: ["SUMMIT_CONFIG": "/e.toml"]).out == "/f.toml\n")
    }

    @Test func initWritesACheckedFileAndNeverOverwrites() throws {
        let home = Home()
        defer { home.remove() }
        let first = home.run(["config", "init"])
        #expect(first.status == 0)
        #expect(first.out == "wrote \(home.configFile)\n")
        let written = try String(contentsOfFile: home.configFile, encoding: .utf8)
        #expect(written == ConfigTemplate.text())
        #expect(home.run(["config", "check"]).out == "ok  \(home.configFile)\n")
        // The user edits it; init again leaves it alone and says so.
        try home.write("[explorer]\nmouse = false\n", to: home.configFile)
        let again = home.run(["config", "init"])
        #expect(again.status == 73)
        #expect(again.out.isEmpty)
        #expect(again.err.contains("exists already; it was not changed"))
        #expect(try String(contentsOfFile: home.configFile, encoding: .utf8) == "[explorer]\nmouse = false\n")
    }

    @Test func checkListsEveryProblemWithItsLineAndExits65() throws {
        let home = Home()
        defer { home.remove() }
        let file = home.root + "/bad.toml"
        try home.write(
            "[explorer]\ntheme = \"solarized\"\n[keys]\nqit = \"x\"\nquit = [\"Q\", \"Hyper-Q\"]\n[colors]\nmatch = \"orange\"\n",
            to: file)
        let result = home.run(["config", "check", file])
        #expect(result.status == 65)
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.count == 4)
        #expect(
            lines.map { $0.split(separator: ":").prefix(2).joined(separator: ":") }
                == [2, 4, 5, 7].map { "\(file):\($0)" })
        #expect(lines.allSatisfy { $0.contains(" — ") }, "each says what to do")
        #expect(result.err.contains("4 problems"))
        #expect(home.run(["config", "check", home.root + "/missing.toml"]).status == 66)
        #expect(home.run(["config", "check", "--config", file]).status == 65)
    }

    @Test func aSyntaxErrorIsReportedWithItsLineAndLookupsStillRun() throws {
        let home = Home()
        defer { home.remove() }
        try home.write("[lookups]\nformat = json\n", to: home.configFile)
        let check = home.run(["config", "check"])
        #expect(check.status == 65)
        #expect(check.out.hasPrefix(home.configFile + ":2:"))
        let lookup = home.run(["pillars"])
        #expect(lookup.status == 0, "a broken config never stops summit")
        #expect(lookup.out.contains("Pillar") && !lookup.out.hasPrefix("{"), "the defaults: text")
        #expect(lookup.err == "summit: config: " + check.out, "the problem, once, on stderr")
    }

    @Test func theLookupsTakeTheirDefaultFormatAndWidthFromTheFile() throws {
        let home = Home()
        defer { home.remove() }
        let narrow = home.run(["actor", "poland"]).out.split(separator: "\n").map(\.count).max() ?? 0
        try home.write("[lookups]\nformat = \"json\"\n", to: home.configFile)
        #expect(home.run(["pillars"]).json?["command"] as? String == "pillars")
        try home.write("[lookups]\nwidth = 60\n", to: home.configFile)
        let widths = home.run(["actor", "poland"]).out.split(separator: "\n").map(\.count)
        #expect(widths.max() ?? 0 <= 60 && narrow > 60, "\(widths.max() ?? 0) vs \(narrow)")
    }

    @Test func showMarksEachValueWithItsOrigin() throws {
        let home = Home()
        defer { home.remove() }
        try home.write("[explorer]\nmouse = false\n[keys]\nquit = \"x\"\n", to: home.configFile)
        let out = home.run(["config", "show"]).out
        #expect(out.contains("mouse = false") && out.contains("# \(home.configFile):2"))
        #expect(out.contains("quit = [\"x\"]"))
        #expect(
            out.split(separator: "\n").contains { $0.hasPrefix("theme = \"default\"") && $0.hasSuffix("# default") })
        let keys = home.run(["config", "keys"]).out
        #expect(keys.contains("| `x` | `quit` |"))
        #expect(!keys.contains("| `q` | `quit` |"))
        #expect(home.run(["keys"]).out == keys, "summit keys is summit config keys")
    }

    @Test func theStateFileIsRestoredAndSetAsideWhenCorrupt() throws {
        let home = Home()
        defer { home.remove() }
        let paths = XDGPaths(environment: home.environment)
        let file = ExplorerStateFile(datasetFile: nil, paths: paths)
        #expect(file.path == home.root + "/state/summit/state-bundled.json")
        #expect(file.load().memory == nil && file.load().problem == nil, "no file: nothing to restore, nothing wrong")
        var memory = ExplorerMemory()
        memory.focus = "quotes"
        memory.searchHistory = ["troops"]
        #expect(file.save(memory) == nil)
        #expect(file.load().memory == memory)
        try "{\"version\": 1, \"focus\": 3".write(toFile: file.path, atomically: true, encoding: .utf8)
        let broken = file.load()
        #expect(broken.memory == nil)
        #expect(
            broken.problem
                == "the saved state \(file.path) could not be read; set aside as \(file.path).corrupt-1, starting afresh"
        )
        #expect(FileManager.default.fileExists(atPath: file.path + ".corrupt-1"))
        #expect(!FileManager.default.fileExists(atPath: file.path))
        #expect(file.load().problem == nil, "reported once: the next start is clean")
        // Two datasets never share a file.
        let other = ExplorerStateFile(datasetFile: "/data/a.json", paths: paths)
        #expect(other.path != file.path && other.path.hasSuffix(".json") && other.path.contains("state-a-"))
    }
}
