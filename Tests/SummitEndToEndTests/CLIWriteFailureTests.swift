import Foundation
import Testing

@Suite("summit output that cannot be written: /dev/full and closed pipes")
struct CLIWriteFailureTests {
    /// Every lookup in plain and JSON form, and the summary (`summit --json`).
    static let commandLines: [[String]] = LookupCommands.all.flatMap { [$0, $0 + ["--json"]] } + [["--json"]]

    @Test("a full disk: the reason on stderr and exit 74, never a silent 0", arguments: commandLines)
    func fullDisk(arguments: [String]) throws {
        let result = try Spawn.run(
            [SummitBinary.path] + arguments, environment: CLI.environment,
            timeLimit: .seconds(60), stdout: .file("/dev/full"))
        #expect(result.status == 74, "\(arguments): \(result.err)")
        #expect(result.err.contains("cannot write the output"), "\(arguments)")
        #expect(result.err.contains("No space left on device"), "\(arguments): names the reason")
    }

    @Test(
        "a reader that went away, SIGPIPE ignored (as under some supervisors): the reason and exit 74",
        arguments: commandLines)
    func closedPipeIgnored(arguments: [String]) throws {
        // sh sets SIGPIPE to ignored, which exec keeps; summit then sees EPIPE from write.
        let command = ["/bin/sh", "-c", "trap '' PIPE; exec \"$0\" \"$@\"", SummitBinary.path] + arguments
        let result = try Spawn.run(command, environment: CLI.environment, timeLimit: .seconds(60), stdout: .closedPipe)
        #expect(result.status == 74, "\(arguments): \(result.err)")
        #expect(result.err.contains("Broken pipe"), "\(arguments): \(result.err)")
    }

    @Test(
        "a reader that went away, default SIGPIPE (`| head -3`): ended by the signal, nothing on stderr",
        arguments: commandLines)
    func closedPipeDefault(arguments: [String]) throws {
        let result = try Spawn.run(
            [SummitBinary.path] + arguments, environment: CLI.environment,
            timeLimit: .seconds(60), stdout: .closedPipe)
        #expect(result.status == 128 + SIGPIPE, "\(arguments)")
        #expect(result.err.isEmpty, "\(arguments): \(result.err)")
    }

    @Test("`summit quotes | head -3` in a shell prints three lines and nothing on stderr")
    func headInAShell() throws {
        let result = try Spawn.run(
            ["/bin/sh", "-c", "\"$0\" quotes --width 40 | head -3", SummitBinary.path],
            environment: CLI.environment, timeLimit: .seconds(60))
        #expect(result.status == 0)
        #expect(result.out.split(separator: "\n").count == 3)
        #expect(result.err.isEmpty, "\(result.err)")
    }
}
