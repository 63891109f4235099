import Foundation
import Testing

/// Colour in the command line's output, on a real pseudo-terminal (`script`, util-linux): on by default, off with
/// NO_COLOR (any non-empty value), --no-color or TERM=dumb. Piped output is covered by CLISafetyTests.
@Suite("summit colours a terminal unless told not to", .requires(.script))
struct CLIColourTests {
    /// `summit ARGUMENTS` run on a pseudo-terminal with `environment` added; what it wrote there, and its status.
    static func onTerminal(_ arguments: [String], _ environment: [String: String]) throws -> Spawn.Outcome {
        try RequiredTool.script.require()
        let command = ([SummitBinary.path] + arguments).map {
            "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'"
        }
        var merged = CLI.environment
        merged.merge(environment) { $1 }
        // -e: script exits with the command's status; the typescript goes to /dev/null, the terminal's output to us.
        return try Spawn.run(
            ["script", "-qec", command.joined(separator: " "), "/dev/null"], environment: merged,
            timeLimit: .seconds(60))
    }

    /// The output with every SGR sequence (ESC [ digits/semicolons m) removed.
    static func withoutSGR(_ text: String) -> String {
        text.replacing(/\u{1B}\[[0-9;]*m/, with: "")
    }

    @Test(
        "on a terminal, colour is on unless NO_COLOR, --no-color or TERM=dumb says otherwise",
        arguments: [
            ([:], [], true),
            (["NO_COLOR": "1"], [], false),
            (["NO_COLOR": ""], [], true),  // no-color.org: only a non-empty value counts
            ([:], ["--no-color"], false),
            (["TERM": "dumb"], [], false),
        ] as [([String: String], [String], Bool)])
    func colourOnATerminal(environment: [String: String], flags: [String], coloured: Bool) throws {
        let result = try Self.onTerminal(["actor", "poland"] + flags, environment)
        #expect(result.status == 0, "\(result.out)")
        let output = result.out
        #expect(output.hasPrefix(coloured ? "\u{1B}[1mPoland\u{1B}[0m" : "Poland   "), "\(output.debugDescription)")
        #expect(output.contains("\u{1B}[31mrules out\u{1B}[0m") == coloured, "\(output.debugDescription)")
        #expect(output.contains("\u{1B}") == coloured, "escape bytes: \(output.debugDescription)")
        // The same text either way: colour is only added, never instead of words.
        let plain = try Self.onTerminal(["actor", "poland", "--no-color"], environment).out
        #expect(Self.withoutSGR(output) == plain)
    }
}
