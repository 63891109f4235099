import Foundation
import Testing

/// The README shows real lookups with their output. Each `$ summit …` block in its "Quick lookups" section
/// (without a pipe) must be exactly what the built binary prints, piped, at 80 columns — so the README cannot drift.
/// A block may end with a line holding only "…", meaning the output goes on past what the README shows.
@Suite struct CLIReadmeTests {
    struct Lookup {
        let arguments: [String]
        let shown: [String]
        let truncated: Bool
    }

    static func lookups() throws -> [Lookup] {
        let readme = try String(contentsOf: Fixture.root.appendingPathComponent("README.md"), encoding: .utf8)
        let lines = readme.components(separatedBy: "\n")
        var found: [Lookup] = []
        var i = 0
        while i < lines.count {
            let line = lines[i]
            guard line.hasPrefix("$ summit "), !line.contains("|") else {
                i += 1
                continue
            }
            let arguments = line.dropFirst("$ summit ".count).split(separator: " ").map(String.init)
            var shown: [String] = []
            i += 1
            while i < lines.count, !lines[i].hasPrefix("$ "), lines[i] != "```" {
                shown.append(lines[i])
                i += 1
            }
            while shown.last == "" { shown.removeLast() }
            let truncated = shown.last == "…"
            if truncated { shown.removeLast() }
            found.append(Lookup(arguments: arguments, shown: shown, truncated: truncated))
        }
        return found
    }

    @Test func readmeShowsAtLeastTwoPlainLookups() throws {
        #expect(try Self.lookups().count >= 2)
    }

    @Test(arguments: try CLIReadmeTests.lookups().map(\.arguments))
    func readmeLookupIsRealOutput(arguments: [String]) throws {
        let lookup = try #require(try Self.lookups().first { $0.arguments == arguments })
        // A private state folder and working folder: `pins add` and `export -o` must not touch the others' files.
        let home = try CLIPinsTests.Home()
        defer { home.remove() }
        let result = CLI.run(arguments, environment: home.environment, directory: home.folder.path)
        #expect(result.status == 0)
        // CSV ends its records with CRLF (RFC 4180); the README shows them as lines. (No other output holds a CR.)
        var printed = String(decoding: result.stdout.filter { $0 != 0x0D }, as: UTF8.self).components(separatedBy: "\n")
        while printed.last == "" { printed.removeLast() }
        if lookup.truncated { printed = Array(printed.prefix(lookup.shown.count)) }
        #expect(
            printed == lookup.shown,
            "README.md's `summit \(arguments.joined(separator: " "))` block differs from the real output")
    }
}
