import Foundation
import Testing

/// Tests/Fixtures/hostile-dataset.json tries a different terminal attack in every text field. Whatever a lookup
/// prints from it, in any format, on stdout or stderr, holds no raw control byte (the explorer side is in tmux tests).
@Suite("the hostile dataset never reaches the terminal raw")
struct CLIHostileDatasetTests {
    static let file = Fixture.root.appendingPathComponent("Tests/Fixtures/hostile-dataset.json").path
    static let hostileActorID = "evil\u{1B}]0;PWNED-TITLE-0\u{07}"

    /// Every lookup, with ids and names taken from the hostile file itself (a hostile id included).
    static let lookups: [[String]] = {
        let recordIDs = [
            "pillar-1", "pillar-2", "hostile", hostileActorID, "spy", "quote-1", "quote-2", "figure-1",
            "event-1", "question-1", "note-1", "note-2",
        ]
        var all: [[String]] = [
            [], ["pillars"], ["actors"], ["quotes"], ["figures"], ["events"], ["questions"], ["source"], ["validate"],
            ["actors", "--stance", "open"], ["quotes", "--speaker", "spy"], ["quotes", "--actor", "hostile"],
            ["quotes", "--pillar", "1"], ["search", "pillar"], ["search", "end"], ["search", "hostile"],
            ["search", "\u{1B}"],
            ["actor", "hostile"], ["actor", hostileActorID],
        ]
        all += recordIDs.map { ["source", "--record", $0] }
        return all
    }()

    @Test("every lookup, plain and JSON, prints no raw control byte", arguments: lookups)
    func lookup(arguments: [String]) {
        for format in [[], ["--json"]] {
            let result = CLI.run(arguments + ["--data", Self.file] + format)
            let label = "\(arguments.map { $0.debugDescription }) \(format)"
            #expect(CLI.controlBytes(in: result.stdout).isEmpty, "stdout of \(label)")
            #expect(CLI.controlBytes(in: result.stderr).isEmpty, "stderr of \(label)")
            if arguments.first != nil {
                #expect(result.status == 0 || result.status == 1, "\(label) exit \(result.status): \(result.err)")
            }
            if format == ["--json"], arguments.first != nil, result.status == 0 {
                #expect(result.json != nil, "\(label) prints valid JSON")
            }
        }
    }

    @Test("the attacks are shown as pictures, not dropped")
    func shownVisibly() {
        let actors = CLI.run(["actors", "--data", Self.file]).out
        #expect(actors.contains("Hostile ␛]0;PWNED-TITLE-0␇"))
        let source = CLI.run(["source", "--data", Self.file]).out
        #expect(source.contains("⟨U+009B⟩2J"))
        #expect(source.contains("⟨U+202E⟩evil"))
        let figures = CLI.run(["figures", "--data", Self.file, "--json"])
        let record = (figures.json?["results"] as? [[String: Any]])?.first?["record"] as? [String: Any]
        #expect(
            (record?["unit"] as? String)?.hasPrefix("units \u{1B}[31;47m") == true, "JSON escapes, and decodes back")
    }

    @Test(
        "did-you-mean messages and echoed arguments carry no raw control byte",
        arguments: [
            ["actor", "hostil"], ["actor", "evil\u{1B}]0;PWNED-TITLE-"], ["actor", "\u{9B}2J\u{07}nobody\r\nX"],
            ["quotes", "--speaker", "spi"], ["quotes", "--actor", "hostle"], ["quotes", "--pillar", "\u{1B}[2J"],
            ["source", "--record", "quote-\u{9D}1"], ["actors", "--stance", "ope\u{1B}n"],
            ["search", "\u{1B}]52;c;x\u{07}"],
            ["pillars", "--bogus\u{1B}[31m"], ["pillars", "--data"], ["no-such-command\u{1B}]2;t\u{07}"],
        ])
    func messages(arguments: [String]) {
        let result = CLI.run(["--data", Self.file] + arguments)
        #expect(result.status != 0)
        #expect(CLI.controlBytes(in: result.stdout).isEmpty, "stdout of \(arguments)")
        #expect(CLI.controlBytes(in: result.stderr).isEmpty, "stderr of \(arguments): \(result.err)")
    }

    @Test("the validate report of a broken hostile file quotes its values with pictures, plain and JSON")
    func brokenReport() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var object =
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: Self.file))) as! [String: Any]
        var actors = object["actors"] as! [[String: Any]]
        actors[0]["\u{1B}]0;KEY-TITLE\u{07}"] = 1  // unknown field
        actors[0]["kind"] = "country\u{9B}2J"  // unknown vocabulary value
        var span = actors[0]["span"] as! [String: Any]
        span["excerpt"] = "\u{1B}]52;c;eA==\u{07}not the text"  // excerpt mismatch
        actors[0]["span"] = span
        object["actors"] = actors
        var quotes = object["quotes"] as! [[String: Any]]
        quotes[0]["speaker"] = "sp\u{1B}[2Jy"  // dangling reference, near miss
        quotes[1]["text"] = "\u{202E}not verbatim\r\n"  // not verbatim
        object["quotes"] = quotes
        let file = try Fixture.write(object, named: "broken-hostile.json", in: folder)
        for format in [[], ["--json"]] {
            let result = CLI.run(["validate", file] + format)
            #expect(result.status == 65)
            #expect(
                CLI.controlBytes(in: result.stdout).isEmpty, "\(format) stdout: \(CLI.controlBytes(in: result.stdout))")
            #expect(CLI.controlBytes(in: result.stderr).isEmpty, "\(format) stderr")
            #expect(result.err.contains("(5 problems)"), "\(result.err)")
        }
        let lookup = CLI.run(["actors", "--data", file])
        #expect(lookup.status == 65)
        #expect(CLI.controlBytes(in: lookup.stderr).isEmpty)
        #expect(lookup.err.contains("␛]0;KEY-TITLE␇"), "\(lookup.err)")
    }
}
