import Foundation
import SummitModel
import Testing

/// `summit pins`: pins made and changed from the command line, kept per dataset in a private XDG state folder, safe
/// from `kill -9`, with corrupt files set aside and stale pins reported.
@Suite("summit pins")
struct CLIPinsTests {
    /// A private state folder per test: never the real home, never another test's pins.
    struct Home {
        let folder: URL
        var environment: [String: String] {
            CLI.environment.merging(["XDG_STATE_HOME": folder.path + "/state", "HOME": folder.path]) { $1 }
        }
        var pinsFile: String { folder.path + "/state/summit/pins-bundled.json" }
        init() throws { folder = try Fixture.temporaryFolder() }
        func run(_ arguments: [String]) -> Spawn.Outcome { CLI.run(arguments, environment: environment) }
        func remove() { try? FileManager.default.removeItem(at: folder) }
        /// A shell line running summit with this state folder, then printing its exit status.
        func shellLine(_ arguments: String = "") -> String {
            "XDG_STATE_HOME='\(folder.path)/state' '\(SummitBinary.path)' \(arguments); echo \"exit=$?\""
        }
    }

    @Test func pinsAreListedInPinOrderAndRemovedByID() throws {
        let home = try Home()
        defer { home.remove() }
        #expect(home.run(["pins"]).status == 1)
        let added = home.run(["pins", "add", "quote-buras-1", "poland", "pillar-2"])
        #expect(added.status == 0, "\(added.err)")
        #expect(home.run(["pins", "add", "poland", "FRANCE"]).out == "pinned 1 of 2 (4 pins now)\n")
        let listed = home.run(["pins", "--json"])
        let ids = (listed.json?["results"] as? [[String: Any]])?.compactMap { $0["id"] as? String }
        #expect(ids == ["quote-buras-1", "poland", "pillar-2", "france"])
        let plain = home.run(["pins"]).out
        #expect(plain.hasPrefix("1.   quote: ") && plain.contains("[poland ¶14]"))
        #expect(home.run(["pins", "rm", "poland", "germany"]).status == 1)
        #expect(home.run(["pins", "--json"]).json?["count"] as? Int == 3)
        let mode = try FileManager.default.attributesOfItem(atPath: home.pinsFile)[.posixPermissions] as? Int
        #expect(mode == 0o600)
    }

    @Test func pinsTakeEveryFormatAndHandoutFormatsAreRefusedElsewhere() throws {
        let home = try Home()
        defer { home.remove() }
        _ = home.run(["pins", "add", "poland", "quote-buras-1"])
        let csv = home.run(["pins", "--format", "csv"])
        #expect(csv.status == 0 && csv.out.split(whereSeparator: \.isNewline).count == 3, "\(csv.out)")
        #expect(csv.out.contains("\"poland\"") && csv.out.contains("\"quote-buras-1\""))
        let tsv = home.run(["pins", "--format", "tsv"])
        #expect(tsv.status == 0 && tsv.out.contains("poland"))
        for arguments in [["pins", "--format", "html"], ["actors", "--format", "markdown"], ["--format", "html"]] {
            let refused = home.run(arguments)
            #expect(refused.status == 2 && refused.err.contains("is for `summit export`"), "\(arguments)")
        }
        let noFormat = home.run(["export"])
        #expect(noFormat.status == 2 && noFormat.err.contains("export needs --format markdown or --format html"))
    }

    @Test func anUnknownIDPinsNothing() throws {
        let home = try Home()
        defer { home.remove() }
        let result = home.run(["pins", "add", "poland", "atlantis"])
        let near = home.run(["pins", "add", "poalnd"])
        #expect(near.status == 1 && near.err.contains("Did you mean poland?"), "\(near.err)")
        #expect(result.status == 1)
        #expect(result.err.contains("no record with the id ‘atlantis’"))
        #expect(!FileManager.default.fileExists(atPath: home.pinsFile))
    }

    @Test func clearNeedsYesWithoutATerminal() throws {
        let home = try Home()
        defer { home.remove() }
        _ = home.run(["pins", "add", "poland"])
        let refused = home.run(["pins", "clear"])
        #expect(refused.status == 2 && refused.err.contains("add --yes"))
        #expect(home.run(["pins", "--json"]).json?["count"] as? Int == 1)
        #expect(home.run(["pins", "clear", "--yes"]).status == 0)
        #expect(home.run(["pins"]).status == 1)
    }

    @Test func theBundledDatasetAndAFileKeepTheirOwnPins() throws {
        let home = try Home()
        defer { home.remove() }
        let file = try Fixture.write(try Fixture.bundledObject(), named: "copy.json", in: home.folder)
        _ = home.run(["pins", "add", "poland"])
        _ = home.run(["pins", "add", "france", "--data", file])
        let bundled = home.run(["pins", "--json"]).json?["results"] as? [[String: Any]]
        let copy = home.run(["pins", "--json", "--data", file]).json?["results"] as? [[String: Any]]
        #expect(bundled?.compactMap { $0["id"] as? String } == ["poland"])
        #expect(copy?.compactMap { $0["id"] as? String } == ["france"])
    }

    @Test func stalePinsAreReportedAndKept() throws {
        let home = try Home()
        defer { home.remove() }
        let stale =
            "{\"formatVersion\": 1, \"pins\": [{\"kind\": \"actor\", \"id\": \"atlantis\"}, {\"kind\": \"actor\", \"id\": \"poland\"}]}"
        try AtomicFile.write(Array(stale.utf8), to: home.pinsFile)
        let listed = home.run(["pins"])
        #expect(listed.status == 0 && listed.out.contains("Poland"))
        #expect(listed.err.contains("1 pin no longer match a record") && listed.err.contains("‘atlantis’"))
        _ = home.run(["pins", "add", "france"])
        let kept = PinStore(path: home.pinsFile).load().pins.refs.map(\.id)
        #expect(kept == ["atlantis", "poland", "france"])
        #expect(home.run(["pins", "rm", "atlantis"]).status == 0)
    }

    @Test func aCorruptFileIsSetAsideAndReported() throws {
        let home = try Home()
        defer { home.remove() }
        try AtomicFile.write(Array("{\"formatVersion\": 1, \"pins\": [{\"ki".utf8), to: home.pinsFile)
        let listed = home.run(["pins"])
        #expect(listed.status == 1)
        #expect(listed.err.contains("could not be read") && listed.err.contains("pins-bundled.json.corrupt-1"))
        #expect(FileManager.default.fileExists(atPath: home.pinsFile + ".corrupt-1"))
        #expect(home.run(["pins", "add", "poland"]).status == 0)
        #expect(home.run(["pins"]).err.isEmpty)
    }

    /// Writers killed with SIGKILL at random moments, many times over: the file is always one whole list, never
    /// empty, half-written or unreadable.
    @Test func pinsSurviveKillNineDuringABurstOfWrites() throws {
        let home = try Home()
        defer { home.remove() }
        #expect(home.run(["pins", "add", "france"]).status == 0)
        let valid: Set<[String]> = [["france"], ["france", "poland", "quote-buras-1"], ["france", "quote-buras-1"]]
        // Four writers in their own process group, killed together; only what this script started is killed.
        let script = """
            set -m
            for w in 1 2 3 4; do
              ( while :; do "$S" pins add poland quote-buras-1 >/dev/null 2>&1; "$S" pins rm poland quote-buras-1 >/dev/null 2>&1; done ) &
            done
            sleep 0.$(( RANDOM % 6 + 2 ))
            for job in $(jobs -p); do kill -9 -- -$job 2>/dev/null; done
            wait
            """
        var environment = home.environment
        environment["S"] = SummitBinary.path
        for round in 1...25 {
            let run = try Spawn.run(["/bin/bash", "-c", script], environment: environment, timeLimit: .seconds(30))
            #expect(run.status == 0 || run.status >= 128, "round \(round): \(run.err)")
            let loaded = PinStore(path: home.pinsFile).load()
            #expect(loaded.problem == nil, "round \(round): \(loaded.problem ?? "")")
            #expect(valid.contains(loaded.pins.refs.map(\.id)), "round \(round): \(loaded.pins.refs.map(\.id))")
        }
    }
}
