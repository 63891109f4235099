import Foundation
import Testing

extension Spawn.Outcome {
    /// The stdout bytes parsed as a JSON object (nil if not one).
    var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: Data(stdout))) as? [String: Any] }
}

/// Runs the `summit` executable built next to the test bundle, as a user would from a shell.
enum CLI {
    /// A predictable environment: UTF-8, a colour-capable TERM (so a missing tty check would show), no NO_COLOR.
    static let environment: [String: String] = [
        "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm-256color", "HOME": NSTemporaryDirectory(),
        // No config file (the folder does not exist): lookups print with the defaults.
        "XDG_CONFIG_HOME": NSTemporaryDirectory() + "summit-cli-no-config",
        "XDG_STATE_HOME": NSTemporaryDirectory() + "summit-cli-state",
    ]

    /// Bytes a terminal could act on: ESC, other C0 except LF, DEL, and C1 / bidi controls in their UTF-8 forms.
    static func controlBytes(in bytes: [UInt8]) -> [String] {
        var found: [String] = []
        let text = String(decoding: bytes, as: UTF8.self)
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x0A: continue
            case 0x00...0x1F, 0x7F, 0x80...0x9F, 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
                found.append(String(format: "U+%04X", scalar.value))
            default: continue
            }
        }
        return found
    }

    /// One line ending in a line feed, with no escape byte: what summit prints when it refuses to start.
    static func expectOneCleanLine(_ bytes: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(!bytes.contains(0x1B), "escape bytes in: \(text)", sourceLocation: sourceLocation)
        #expect(
            bytes.filter { $0 == 0x0A }.count == 1 && bytes.last == 0x0A, "not one line: \(text)",
            sourceLocation: sourceLocation)
    }

    static func expectOneCleanLine(_ data: Data, sourceLocation: SourceLocation = #_sourceLocation) {
        expectOneCleanLine([UInt8](data), sourceLocation: sourceLocation)
    }

    /// Never throws: a run that cannot start or overruns comes back as status -1 with the reason on stderr,
    /// so the test's own expectations report it.
    static func run(
        _ arguments: [String], executable: String? = nil, environment: [String: String] = CLI.environment,
        directory: String? = nil
    ) -> Spawn.Outcome {
        var command = [executable ?? SummitBinary.path] + arguments
        if let directory {
            // posix_spawn_file_actions_addchdir_np is not visible from Swift here; `env -C` changes folder portably.
            command = ["/usr/bin/env", "-C", directory] + command
        }
        do {
            return try Spawn.run(command, environment: environment, timeLimit: .seconds(60))
        } catch {
            return Spawn.Outcome(status: -1, stdout: [], stderr: Array("\(error)".utf8))
        }
    }
}

/// Dataset files written for one test, removed by the caller.
enum Fixture {
    /// The bundled dataset's JSON, as an object to modify.
    static func bundledObject() throws -> [String: Any] {
        let url = root.appendingPathComponent("Resources/dataset.json")
        return try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("summit-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ object: Any, named name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try JSONSerialization.data(withJSONObject: object).write(to: url)
        return url.path
    }

    static func write(text: String, named name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The repository root (for docs/ and Resources/).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
}
