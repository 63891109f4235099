import Foundation
import Testing

@Suite("summit --format csv and tsv: tables for spreadsheets and other tools")
struct CLIDelimitedTests {
    /// Python's csv module in strict mode (a malformed quote is an error), RFC 4180 dialect; prints the rows as JSON.
    static let strictReader = """
        import csv, io, json, sys
        with open(sys.argv[1], newline='', encoding='utf-8') as f:
            data = f.read()
        assert data.endswith('\\r\\n'), 'records end with CRLF'
        rows = list(csv.reader(io.StringIO(data, newline=''), strict=True))
        assert all(len(r) == len(rows[0]) for r in rows), 'every row has the columns of the header'
        print(json.dumps(rows))
        """

    static func readCSV(_ bytes: [UInt8]) throws -> [[String]] {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("out.csv")
        try Data(bytes).write(to: file)
        let parsed = CLI.run(["-c", strictReader, file.path], executable: "/usr/bin/python3")
        #expect(parsed.status == 0, "the strict reader refused the CSV: \(parsed.err)")
        return (try JSONSerialization.jsonObject(with: Data(parsed.stdout)) as? [[String]]) ?? []
    }

    /// TSV as its documentation says: one row per line, tab-separated, `\\ \t \n \r` escaped.
    static func readTSV(_ text: String) -> [[String]] {
        text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map { line in
            line.split(separator: "\t", omittingEmptySubsequences: false).map { field in
                var out = ""
                var escaped = false
                for ch in field {
                    if escaped {
                        out.append(ch == "t" ? "\t" : ch == "n" ? "\n" : ch == "r" ? "\r" : ch)
                        escaped = false
                    } else if ch == "\\" {
                        escaped = true
                    } else {
                        out.append(ch)
                    }
                }
                return out
            }
        }
    }

    static let listCommands: [[String]] = [
        ["pillars"], ["actors"], ["quotes"], ["figures"], ["events"], ["questions"], ["search", "ceasefire"],
        ["actor", "poland"], ["source", "--record", "quote-buras-1"],
    ]

    @Test(
        "CSV parses back with a strict reader, TSV reads back to the same cells, ids match the JSON",
        arguments: listCommands)
    func roundTrip(arguments: [String]) throws {
        let csv = CLI.run(arguments + ["--format", "csv"])
        #expect(csv.status == 0, "\(arguments): \(csv.err)")
        let rows = try Self.readCSV(csv.stdout)
        let tsv = CLI.run(arguments + ["--format", "tsv"])
        #expect(tsv.status == 0)
        #expect(Self.readTSV(tsv.out) == rows, "\(arguments): TSV and CSV hold the same cells")
        let header = try #require(rows.first)
        #expect(header.prefix(3) == ["kind", "id", "paragraph"])
        let json = try #require(CLI.run(arguments + ["--json"]).json)
        let ids: [String]
        if let results = json["results"] as? [[String: Any]] {
            ids = results.compactMap { $0["id"] as? String }
        } else if let actor = json["actor"] as? [String: Any] {
            let related = (json["related"] as? [String: [[String: Any]]]) ?? [:]
            ids = [actor["id"] as! String] + related.values.flatMap { $0.compactMap { $0["id"] as? String } }
        } else {
            ids = [(json["entry"] as? [String: Any])?["id"] as? String ?? ""]
        }
        #expect(Set(rows.dropFirst().map { $0[1] }) == Set(ids), "\(arguments): one row per record")
        #expect(rows.count - 1 == ids.count)
    }

    @Test("every kind has the same columns whatever the command")
    func sameColumns() throws {
        let headers = try Self.listCommands.map {
            try Self.readCSV(CLI.run($0 + ["--format", "csv"]).stdout).first ?? []
        }
        #expect(Set(headers).count == 1)
        let fromQuotes = try Self.readCSV(CLI.run(["quotes", "--format", "csv"]).stdout)
        let fromSearch = try Self.readCSV(CLI.run(["search", "declaration", "--format", "csv"]).stdout)
        let buras = try #require(fromQuotes.first { $0[1] == "quote-buras-1" })
        #expect(fromSearch.contains(buras), "a quote reads the same from search as from quotes")
        #expect(
            buras.last?.hasPrefix("The declaration and the summit") == true,
            "source_text holds the article's words")
    }

    @Test("hostile dataset text: no control character, no formula, in CSV or TSV")
    func hostileText() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var object = try Fixture.bundledObject()
        var actors = object["actors"] as! [[String: Any]]
        actors[0]["name"] = "=HYPERLINK(\"http://evil.example\",\"click\")"
        actors[1]["name"] = "@SUM(1+1)\u{1B}[31m"
        actors[2]["name"] = "+cmd|' /C calc'!A0"
        actors[3]["name"] = "-2+3"
        object["actors"] = actors
        let file = try Fixture.write(object, named: "hostile.json", in: folder)
        for format in ["csv", "tsv"] {
            let result = CLI.run(["actors", "--data", file, "--format", format])
            #expect(result.status == 0, "\(result.err)")
            #expect(CLI.controlBytes(in: result.stdout).allSatisfy { $0 == "U+0009" || $0 == "U+000D" }, "\(format)")
            let rows = format == "csv" ? try Self.readCSV(result.stdout) : Self.readTSV(result.out)
            let titles = rows.dropFirst().map { $0[3] }
            #expect(
                titles.prefix(4) == [
                    "'=HYPERLINK(\"http://evil.example\",\"click\")", "'@SUM(1+1)\u{241B}[31m",
                    "'+cmd|' /C calc'!A0", "'-2+3",
                ], "\(format)")
            let formulas = rows.dropFirst().flatMap { $0 }.filter { cell in
                (cell.first.map("=+-@".contains) ?? false) && Double(cell) == nil
            }
            #expect(formulas.isEmpty, "\(format): no cell starts a formula")
        }
    }

    @Test("the article, validate and the summary have their own columns")
    func otherTables() throws {
        let article = try Self.readCSV(CLI.run(["source", "--format", "csv"]).stdout)
        #expect(article.first == ["paragraph", "start", "end", "text"])
        #expect(article.count > 10)
        #expect(try Self.readCSV(CLI.run(["validate", "--format", "csv"]).stdout).first == ["kind", "records"])
        #expect(try Self.readCSV(CLI.run(["--format", "csv"]).stdout).first == ["kind", "records"])
        let both = CLI.run(["actors", "--json", "--format", "csv"])
        #expect(both.status == 2, "--json with another format is a usage error")
    }
}
