import Foundation
import Testing

/// Datasets from pipes and FIFOs, inputs that are not datasets, true problem totals, and bounded echoes.
@Suite("input from anywhere, within bounds")
struct CLIInputBoundsTests {
    static let hostile = CLIHostileDatasetTests.file

    /// Runs a shell line with `$SUMMIT` and `$DATA` set, for pipes and process substitution.
    private func shell(_ line: String, data: String = CLIInputBoundsTests.hostile) -> Spawn.Outcome {
        CLI.run(
            ["-c", line], executable: "/bin/bash",
            environment: CLI.environment.merging(["SUMMIT": SummitBinary.path, "DATA": data]) { $1 })
    }

    @Test(
        "validate -, --data -, a FIFO and process substitution read the dataset as a stream",
        arguments: [
            "\"$SUMMIT\" validate - < \"$DATA\"",
            "cat \"$DATA\" | \"$SUMMIT\" validate -",
            "cat \"$DATA\" | \"$SUMMIT\" figures --data -",
            "cat \"$DATA\" | \"$SUMMIT\" validate --data - --json",
            "\"$SUMMIT\" validate <(cat \"$DATA\")",
            "\"$SUMMIT\" actors --data <(cat \"$DATA\")",
            "f=$(mktemp -u); mkfifo \"$f\"; (cat \"$DATA\" > \"$f\" &); \"$SUMMIT\" validate \"$f\"; s=$?; rm -f \"$f\"; exit $s",
        ])
    func streams(line: String) {
        let result = shell(line)
        #expect(result.status == 0, "\(line): \(result.err)")
        #expect(!result.out.isEmpty)
    }

    @Test("a broken stream still gets every problem and exit 65")
    func brokenStream() {
        let result = shell("printf '{\"formatVersion\": 1,' | \"$SUMMIT\" validate -")
        #expect(result.status == 65)
        #expect(result.out.contains("the file ends inside the object"), "\(result.out)")
    }

    @Test("/dev/zero ends at once with a problem; a symlink loop is named a loop (exit 66)")
    func notDatasets() throws {
        let zero = CLI.run(["validate", "/dev/zero"])
        #expect(zero.status == 65)
        #expect(zero.out.contains("NUL byte at byte offset 0"))
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let a = folder.appendingPathComponent("a.json").path
        let b = folder.appendingPathComponent("b.json").path
        try FileManager.default.createSymbolicLink(atPath: a, withDestinationPath: b)
        try FileManager.default.createSymbolicLink(atPath: b, withDestinationPath: a)
        let loop = CLI.run(["pillars", "--data", a])
        #expect(loop.status == 66)
        #expect(loop.err.contains("loop of symbolic links"), "\(loop.err)")
    }

    @Test("the summary line gives the true total, not the capped list's length")
    func trueTotal() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var object = try Fixture.bundledObject()
        var notes = object["notes"] as! [[String: Any]]
        notes[0]["about"] = (0..<650).map { "missing-\($0)" }
        object["notes"] = notes
        let file = try Fixture.write(object, named: "many.json", in: folder)
        let validate = CLI.run(["validate", file])
        #expect(validate.status == 65)
        #expect(validate.err.contains("(650 problems)"), "\(validate.err)")
        #expect(validate.out.contains("and 450 more problems not shown"))
        let lookup = CLI.run(["pillars", "--data", file])
        #expect(
            lookup.err.contains("is not a valid summit dataset (650 problems)"), "\(String(lookup.err.prefix(300)))")
    }

    @Test("figures at the ends of the allowed range print exactly; beyond it the file is refused, never a trap")
    func numbers() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try String(contentsOfFile: Self.hostile, encoding: .utf8)
        for (literal, status) in [
            ("9007199254740991", 0), ("9223372036854775807", 65), ("1e19", 65), ("9007199254740993", 65),
            ("1e-999999", 65),
        ] {
            let file = try Fixture.write(
                text: text.replacingOccurrences(of: "9007199254740991", with: literal),
                named: "n.json", in: folder)
            for format in [[], ["--json"]] {
                let result = CLI.run(["figures", "--data", file] + format)
                #expect(result.status == Int32(status), "\(literal) \(format): \(result.err)")
                if status == 0 {
                    #expect(
                        result.out.contains(format.isEmpty ? "9,007,199,254,740,991" : ": 9007199254740991"),
                        "\(result.out)")
                } else {
                    #expect(result.err.contains("$.figures[0].value"), "\(result.err)")
                }
            }
        }
    }

    @Test("echoed arguments are cut with a count; CR and LF in them show as pictures in usage errors too")
    func echoes() {
        // Just under Linux's limit for one argument (MAX_ARG_STRLEN, 128 KiB).
        let long = String(repeating: "x", count: 130_000)
        let actor = CLI.run(["actor", long])
        #expect(actor.status == 1)
        #expect(actor.stderr.count < 2_000, "\(actor.stderr.count) bytes")
        #expect(actor.err.contains("(129800 more characters)"), "\(String(actor.err.prefix(400)))")

        let usage = CLI.run(["pillars", "--bogus\r\ninjected: line"])
        #expect(usage.status == 2)
        #expect(usage.err.contains("--bogus␍␊injected: line"), "\(usage.err)")
        #expect(!usage.err.split(separator: "\n").contains { $0.hasPrefix("injected") })

        let longUsage = CLI.run(["pillars", "--" + long])
        #expect(longUsage.status == 2)
        #expect(longUsage.stderr.count < 4_000, "\(longUsage.stderr.count) bytes")
    }
}
