import Foundation
import Testing

/// Every command, plain and --json, run as the built binary with stdout piped.
@Suite("summit commands, plain and JSON")
struct CLICommandTests {
    /// Each command with what its JSON results must hold.
    static let listCommands: [(arguments: [String], kind: String)] = [
        (["pillars"], "pillar"), (["actors"], "actor"), (["actors", "--stance", "rules-out"], "actor"),
        (["quotes"], "quote"), (["quotes", "--speaker", "buras"], "quote"), (["figures"], "figure"),
        (["events"], "event"), (["questions"], "question"),
    ]

    @Test(
        "list commands: plain output lists each record with its [id ¶n] reference; JSON parses back",
        arguments: listCommands)
    func listCommand(arguments: [String], kind: String) throws {
        let plain = CLI.run(arguments)
        #expect(plain.status == 0, "\(arguments): \(plain.err)")
        let json = CLI.run(arguments + ["--json"])
        #expect(json.status == 0)
        let document = try #require(json.json, "\(arguments) --json is not a JSON object: \(json.out.prefix(200))")
        #expect(document["command"] as? String == arguments[0])
        let results = try #require(document["results"] as? [[String: Any]])
        #expect(document["count"] as? Int == results.count)
        #expect(!results.isEmpty)
        for entry in results where entry["kind"] as? String == kind {
            let id = try #require(entry["id"] as? String)
            let record = try #require(entry["record"] as? [String: Any])
            #expect(record["id"] as? String == id)
            // The plain listing names every record by the reference a reader passes to `summit source --record`.
            #expect(plain.out.contains("[\(id) ¶"), "plain \(arguments) lacks the reference for \(id)")
        }
        #expect(results.contains { $0["kind"] as? String == kind })
    }

    @Test("actors --stance keeps only that stance")
    func stanceFilter() throws {
        let document = try #require(CLI.run(["actors", "--stance", "rules-out", "--json"]).json)
        let results = try #require(document["results"] as? [[String: Any]])
        let stances = results.compactMap {
            (($0["record"] as? [String: Any])?["stance"] as? [String: Any])?["value"] as? String
        }
        #expect(stances.count == results.count && !stances.isEmpty)
        #expect(Set(stances) == ["rules-out"])
        #expect((document["query"] as? [String: String])?["stance"] == "rules-out")
    }

    @Test("quotes --speaker buras: only Buras's words, each verbatim in the article")
    func quotesBySpeaker() throws {
        let document = try #require(CLI.run(["quotes", "--speaker", "Buras", "--json"]).json)
        let records = try #require(document["results"] as? [[String: Any]]).compactMap {
            $0["record"] as? [String: Any]
        }
        #expect(!records.isEmpty)
        #expect(records.allSatisfy { $0["speaker"] as? String == "buras" })
        let article = try #require(CLI.run(["source", "--json"]).json?["source"] as? [String: Any])["text"] as? String
        for record in records { #expect(article?.contains(record["text"] as? String ?? "\u{0}") == true) }
    }

    @Test("actor poland: plain shows stance, its basis and references; JSON has the actor and its related records")
    func actorPoland() throws {
        let plain = CLI.run(["actor", "poland"])
        #expect(plain.status == 0)
        #expect(plain.out.hasPrefix("Poland"))
        #expect(plain.out.contains("rules out"))
        #expect(plain.out.contains("[poland ¶"))
        let document = try #require(CLI.run(["actor", "poland", "--json"]).json)
        let actor = try #require(document["actor"] as? [String: Any])
        #expect(actor["id"] as? String == "poland")
        #expect(((actor["record"] as? [String: Any])?["stance"] as? [String: Any])?["value"] as? String == "rules-out")
        let related = try #require(document["related"] as? [String: [[String: Any]]])
        #expect(Set(related.keys) == ["people", "quotes", "figures", "events", "pillars", "notes"])
    }

    @Test("search: ranked hits across kinds, each naming kind and id")
    func search() throws {
        let plain = CLI.run(["search", "ceasefire", "monitoring"])
        #expect(plain.status == 0)
        #expect(plain.out.hasPrefix("KIND"))
        let document = try #require(CLI.run(["search", "ceasefire", "monitoring", "--json"]).json)
        let results = try #require(document["results"] as? [[String: Any]])
        #expect(!results.isEmpty)
        let scores = results.compactMap { $0["score"] as? Int }
        #expect(scores.count == results.count)
        #expect(scores == scores.sorted(by: >), "hits are not best first")
        for hit in results {
            let id = try #require(hit["id"] as? String)
            #expect(plain.out.contains("[\(id)"))
            #expect(hit["kind"] is String && hit["title"] is String)
        }
        #expect(Set(results.compactMap { $0["kind"] as? String }).count > 1, "search should span kinds")
    }

    @Test("search with no hit exits 1 with an empty result list")
    func searchNothing() throws {
        let result = CLI.run(["search", "zzzqqqxxx", "--json"])
        #expect(result.status == 1)
        #expect(result.json?["count"] as? Int == 0)
        #expect(result.err.contains("nothing matches"))
    }

    @Test("source: the article with numbered paragraphs; --record: the passage marked inside its paragraph")
    func source() throws {
        let article = CLI.run(["source"])
        #expect(article.status == 0)
        #expect(article.out.contains("¶1 "))
        let document = try #require(CLI.run(["source", "--record", "quote-buras-1", "--json"]).json)
        let passage = try #require(document["passage"] as? [String: Any])
        let text = try #require(passage["text"] as? String)
        let record = try #require((document["entry"] as? [String: Any])?["record"] as? [String: Any])
        #expect(text == record["text"] as? String)
        let plain = CLI.run(["source", "--record", "quote-buras-1"])
        #expect(plain.out.replacingOccurrences(of: "\n", with: " ").contains("\u{201C}\u{27E6}The declaration"))
        #expect(CLI.run(["source", "--record", "no-such-id"]).status == 1)
    }

    @Test("source --record finds an id typed in capitals, and heads the passage with the record's full title")
    func sourceRecordByID() {
        let upper = CLI.run(["source", "--record", "POLAND"])
        #expect(upper.status == 0)
        #expect(upper.out == CLI.run(["source", "--record", "poland"]).out)
        #expect(upper.out.hasPrefix("Poland "))
        // The whole quotation heads its passage (a list's title is cut at 60 characters and led by the surname).
        let quote = CLI.run(["source", "--record", "quote-buras-1"]).out
        #expect(quote.hasPrefix("\u{201C}The declaration and the summit basically demonstrated"))
        #expect(quote.replacingOccurrences(of: "\n", with: " ").contains("common line on Ukraine,\u{201D}"))
    }

    @Test("validate: ok and the counts per kind, plain and JSON")
    func validate() throws {
        let plain = CLI.run(["validate"])
        #expect(plain.status == 0)
        #expect(plain.out.hasPrefix("ok"))
        let document = try #require(CLI.run(["validate", "--json"]).json)
        #expect(document["valid"] as? Bool == true)
        let counts = try #require(document["counts"] as? [String: Int])
        let actors = try #require(CLI.run(["actors", "--json"]).json?["count"] as? Int)
        #expect(counts["actors"] == actors)
        for (kind, count) in counts where count > 0 { #expect(plain.out.contains(kind)) }
    }

    @Test("--version names summit, the bundled dataset and its format version")
    func version() throws {
        let result = CLI.run(["--version"])
        #expect(result.status == 0)
        let summary = try #require(CLI.run(["--json"]).json)
        #expect(result.out.hasPrefix("summit "))
        #expect(result.out.contains(summary["title"] as? String ?? "\u{0}"))
        #expect(result.out.contains("format version \(summary["formatVersion"] as? Int ?? -1)"))
    }

    @Test("--help lists every command with examples")
    func help() {
        let result = CLI.run(["--help"])
        #expect(result.status == 0)
        for command in [
            "pillars", "actors", "actor", "quotes", "figures", "events", "questions", "search", "source", "validate",
        ] {
            #expect(result.out.contains("\n  \(command) "), "--help does not list \(command)")
        }
        #expect(result.out.contains("EXAMPLES:"))
        #expect(result.out.contains("summit actor poland"))
        #expect(!result.out.contains("generate-docs"))
    }
}
