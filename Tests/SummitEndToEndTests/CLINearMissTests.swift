import Foundation
import Testing

@Suite("summit near misses: one rule for every value, the same answer everywhere")
struct CLINearMissTests {
    /// A near miss of each value type the command line takes, and the suggestion it must bring back.
    static let nearMisses: [(arguments: [String], suggestion: String)] = [
        (["actor", "polan"], "poland"),
        (["quotes", "--actor", "frnce"], "france"),
        (["quotes", "--speaker", "bura"], "buras"),
        (["quotes", "--pillar", "pillar-9"], "pillar-1"),
        (["actors", "--stance", "plans"], "plans-presence"),
        (["actors", "--stance", "rule-out"], "rules-out"),
        (["search", "troops", "--kind", "evnts"], "event"),
        (["source", "--record", "polnd"], "poland"),
        (["search", "ceasfire"], "ceasefire"),
    ]

    @Test(
        "a near miss exits 1, says \u{201C}did you mean\u{201D} on stderr and prints nothing on stdout",
        arguments: nearMisses.map(\.arguments))
    func plain(arguments: [String]) {
        let suggestion = Self.nearMisses.first { $0.arguments == arguments }!.suggestion
        let result = CLI.run(arguments)
        #expect(result.status == 1, "\(arguments): \(result.err)")
        #expect(result.out.isEmpty, "\(arguments)")
        #expect(result.err.contains("Did you mean"), "\(arguments): \(result.err)")
        #expect(result.err.lowercased().contains(suggestion.split(separator: "-").last!), "\(arguments): \(result.err)")
    }

    @Test(
        "with --json a near miss also prints one document: error and suggestions",
        arguments: nearMisses.map(\.arguments))
    func json(arguments: [String]) throws {
        let suggestion = Self.nearMisses.first { $0.arguments == arguments }!.suggestion
        for form in [["--json"], ["--format", "json"]] {
            let result = CLI.run(arguments + form)
            #expect(result.status == 1, "\(arguments): \(result.err)")
            #expect(result.err.contains("Did you mean"), "\(arguments): the message still goes to stderr")
            let document = try #require(result.json, "\(arguments) \(form): \(result.out)")
            #expect(Set(document.keys) == ["error", "suggestions"])
            #expect((document["error"] as? String)?.contains("Did you mean") == true)
            #expect((document["suggestions"] as? [String])?.first == suggestion, "\(arguments): \(document)")
        }
    }

    @Test(
        "the explorer's spellings of a stance work on the command line too",
        arguments: [
            "plans presence", "Plans-Presence", "rules out", "RULES_OUT", "n/a", "not applicable",
        ])
    func stanceSpellings(spelling: String) {
        let result = CLI.run(["actors", "--stance", spelling])
        #expect(
            result.status == 0 || result.status == 1 && result.err.contains("no actor has the stance"),
            "\(spelling): \(result.err)")
        #expect(!result.err.contains("Did you mean"), "\(spelling) is a spelling, not a near miss")
    }

    @Test("a value nothing resembles exits 1 and points at where the names are; JSON has no suggestions")
    func nothingClose() throws {
        let result = CLI.run(["actors", "--stance", "xyzzy", "--json"])
        #expect(result.status == 1)
        #expect(result.err.contains("summit actors --help"))
        #expect(result.json?["suggestions"] as? [String] == [])
    }

    @Test(
        "an unknown command answers in summit's words with a suggestion, exit 2",
        arguments: [
            (["actr"], "actor"), (["quots", "--json"], "quotes"), (["--no-color", "serch", "x"], "search"),
            (["--data", "f.json", "figurs"], "figures"),
        ])
    func unknownCommand(arguments: [String], suggestion: String) {
        let result = CLI.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.err)")
        #expect(result.out.isEmpty)
        #expect(result.err.hasPrefix("summit: unknown command"), "\(result.err)")
        #expect(result.err.contains("Did you mean \(suggestion)?"), "\(result.err)")
    }

    @Test("search words that each match but never together are not a near miss")
    func wordsApart() {
        let result = CLI.run(["search", "oreshnik", "zelensky"])
        #expect(result.status == 1)
        #expect(result.err.contains("Every word must match"), "\(result.err)")
    }
}
