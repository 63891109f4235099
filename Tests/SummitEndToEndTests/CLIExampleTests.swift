import Foundation
import Testing

@testable import SummitCommands

/// The examples in `summit --help` and each command's help are real: each one answers with exit 0.
@Suite("summit help examples work")
struct CLIExampleTests {
    /// Example command lines from every discussion: "  summit …" lines after "EXAMPLES:", without the trailing
    /// comment (two or more spaces) or pipe. Leaves out the explorer (needs a terminal) and placeholder files.
    static let examples: [String] = {
        // A closure, not a key path: a key path here crashes swift-frontend 6.3.1.
        let discussions =
            [Summit.configuration.discussion] + Summit.configuration.subcommands.map { $0.configuration.discussion }
        var lines: [String] = []
        for discussion in discussions {
            guard let start = discussion.range(of: "EXAMPLES:") else { continue }
            for raw in discussion[start.upperBound...].split(separator: "\n") {
                let line = raw.drop { $0 == " " }
                guard line.hasPrefix("summit") else { continue }
                var command = String(line.split(separator: "|").first ?? "")
                if let comment = command.range(of: "  ") { command = String(command[..<comment.lowerBound]) }
                command = command.trimmingCharacters(in: .whitespaces)
                // The explorer and presentations need a terminal: the tmux tests run them.
                if command == "summit" || command.contains("my-dataset.json") || command.hasPrefix("summit present")
                    || command.hasPrefix("summit --play")
                {
                    continue
                }
                lines.append(command)
            }
        }
        return lines
    }()

    @Test("every help example exits 0 with output", arguments: examples)
    func example(_ command: String) {
        let arguments = command.split(separator: " ").dropFirst().map {
            String($0).replacingOccurrences(of: "'", with: "")
        }
        // Each example in its own folder, config and state: the pins examples start with two pins, files land there;
        // `config` examples run where `config init` has run, as a user would have done first.
        guard let home = try? CLIPinsTests.Home() else {
            Issue.record("no temporary folder")
            return
        }
        defer { home.remove() }
        var environment = home.environment
        environment["XDG_CONFIG_HOME"] = home.folder.path + "/config"
        _ = CLI.run(["pins", "add", "poland", "quote-buras-1"], environment: environment)
        if arguments.first == "config", arguments.dropFirst().first != "init" {
            #expect(CLI.run(["config", "init"], environment: environment).status == 0)
        }
        let result = CLI.run(arguments, environment: environment, directory: home.folder.path)
        #expect(result.status == 0, "`\(command)`: \(result.err)")
        // A file written with -o is the output.
        let written = arguments.firstIndex(of: "-o").map { home.folder.appendingPathComponent(arguments[$0 + 1]).path }
        #expect(!result.stdout.isEmpty || written.map { FileManager.default.fileExists(atPath: $0) } == true)
    }

    @Test("there are examples to check")
    func found() { #expect(CLIExampleTests.examples.count >= 15) }
}
