import Foundation
import Testing
@testable import SummitCommands

/// The examples in `summit --help` and each command's help are real: each one answers with exit 0.
@Suite("summit help examples work")
struct CLIExampleTests {
    /// Example command lines from every discussion: "  summit …" lines after "EXAMPLES:", without the trailing
    /// comment (two or more spaces) or pipe. Leaves out the explorer (needs a terminal) and placeholder files.
    static let examples: [String] = {
        let discussions = [Summit.configuration.discussion] + Summit.configuration.subcommands.map { $0.configuration.discussion }  // (a key path here crashes swift-frontend 6.3.1)
        var lines: [String] = []
        for discussion in discussions {
            guard let start = discussion.range(of: "EXAMPLES:") else { continue }
            for raw in discussion[start.upperBound...].split(separator: "\n") {
                let line = raw.drop { $0 == " " }
                guard line.hasPrefix("summit") else { continue }
                var command = String(line.split(separator: "|").first ?? "")
                if let comment = command.range(of: "  ") { command = String(command[..<comment.lowerBound]) }
                command = command.trimmingCharacters(in: .whitespaces)
                if command == "summit" || command.contains("my-dataset.json") { continue }
                lines.append(command)
            }
        }
        return lines
    }()

    @Test("every help example exits 0 with output", arguments: examples)
    func example(_ command: String) {
        let arguments = command.split(separator: " ").dropFirst().map { String($0).replacingOccurrences(of: "'", with: "") }
        // Each example in its own config and state folders; `config` examples run where `config init` has run,
        // as a user would have done first.
        let xdg = FileManager.default.temporaryDirectory.appendingPathComponent("summit-example-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: xdg) }
        var environment = CLI.environment
        environment["XDG_CONFIG_HOME"] = xdg + "/config"
        environment["XDG_STATE_HOME"] = xdg + "/state"
        if arguments.first == "config", arguments.dropFirst().first != "init" {
            #expect(CLI.run(["config", "init"], environment: environment).status == 0)
        }
        let result = CLI.run(arguments, environment: environment)
        #expect(result.status == 0, "`\(command)`: \(result.err)")
        #expect(!result.stdout.isEmpty)
    }

    @Test("there are examples to check")
    func found() { #expect(CLIExampleTests.examples.count >= 15) }
}
