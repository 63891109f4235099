import Foundation
import Testing

@Suite("summit output never carries control sequences")
struct CLISafetyTests {
    /// Each command with the exit status it must end with: a binary that fails to start must not pass as "clean".
    static let commands: [([String], Int32)] = [
        ([], 2), (["pillars"], 0), (["actors"], 0), (["actor", "poland"], 0), (["quotes"], 0), (["figures"], 0),
        (["events"], 0), (["questions"], 0), (["search", "ukraine"], 0), (["source"], 0),
        (["source", "--record", "poland"], 0), (["validate"], 0), (["--help"], 0), (["--version"], 0),
    ]

    @Test("piped output has no escape sequence, even with a colour TERM", arguments: commands)
    func piped(arguments: [String], status: Int32) {
        // With no subcommand the explorer refuses a pipe (exit 2) and explains on stderr; that must be clean too.
        let result = CLI.run(arguments)
        #expect(result.status == status, "\(arguments): \(result.err)")
        #expect(arguments.isEmpty ? result.stdout.isEmpty : !result.stdout.isEmpty, "\(arguments)")
        #expect(CLI.controlBytes(in: result.stdout).isEmpty, "\(arguments) stdout")
        #expect(CLI.controlBytes(in: result.stderr).isEmpty, "\(arguments) stderr")
        #expect(!result.stdout.contains(0x1B))
    }

    @Test("ESC, C1, BEL and bidi controls in dataset text are shown, never sent raw (plain and JSON)")
    func hostileDataset() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var object = try Fixture.bundledObject()
        var actors = object["actors"] as! [[String: Any]]
        let index = try #require(actors.firstIndex { $0["id"] as? String == "poland" })
        let hostile = "Po\u{1B}[31mland\u{9B}2J\u{9D}0;pwned\u{07}\u{202E}"
        actors[index]["name"] = hostile
        object["actors"] = actors
        let file = try Fixture.write(object, named: "hostile.json", in: folder)

        for arguments in [["actor", "poland"], ["actors"], ["search", "land"]] {
            let plain = CLI.run(arguments + ["--data", file])
            #expect(plain.status == 0, "\(arguments): \(plain.err)")
            #expect(CLI.controlBytes(in: plain.stdout).isEmpty, "\(arguments): \(CLI.controlBytes(in: plain.stdout))")
            #expect(plain.out.contains("Po\u{241B}[31mland"), "ESC is shown as a visible picture")

            let json = CLI.run(arguments + ["--data", file, "--json"])
            #expect(json.status == 0, "\(arguments) --json: \(json.err)")
            #expect(CLI.controlBytes(in: json.stdout).isEmpty, "\(arguments) --json")
            #expect(json.json != nil, "still valid JSON")
        }
        // Escaped, not dropped: parsing the JSON gives back the exact name.
        let actor = try #require(
            CLI.run(["actor", "poland", "--data", file, "--json"]).json?["actor"] as? [String: Any])
        #expect((actor["record"] as? [String: Any])?["name"] as? String == hostile)
    }

    @Test("a hostile file name in an error message is shown, never sent raw")
    func hostileFileName() {
        let result = CLI.run(["pillars", "--data", "/nonexistent/\u{1B}]0;title\u{07}.json"])
        #expect(result.status == 66)
        #expect(CLI.controlBytes(in: result.stderr).isEmpty)
    }
}
