import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// What one run of the built `summit` produced.
struct CLIResult: Sendable {
    let status: Int32
    let stdout: [UInt8]
    let stderr: [UInt8]

    var out: String { String(decoding: stdout, as: UTF8.self) }
    var err: String { String(decoding: stderr, as: UTF8.self) }

    /// The stdout bytes parsed as a JSON object (nil if not one).
    var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: Data(stdout))) as? [String: Any] }

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
}

/// Runs the `summit` executable built next to the test bundle, as a user would from a shell.
enum CLI {
    /// The folder holding the test bundle, and so the `summit` executable SwiftPM built with it.
    static let buildFolder: URL = {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return exe.deletingLastPathComponent()
    }()

    static var binary: String { buildFolder.appendingPathComponent("summit").path }

    /// A predictable environment: UTF-8, a colour-capable TERM (so a missing tty check would show), no NO_COLOR.
    static let environment: [String: String] = [
        "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm-256color", "HOME": NSTemporaryDirectory(),
    ]

    /// Spawns with posix_spawn and an EMPTY signal mask: Swift Testing's threads block signals and a child
    /// started with Foundation.Process would inherit that mask (see the ncurses guide).
    static func run(_ arguments: [String], executable: String? = nil, environment: [String: String] = CLI.environment,
                    directory: String? = nil) -> CLIResult {
        var path = executable ?? binary
        var arguments = arguments
        if let directory {
            // posix_spawn_file_actions_addchdir_np is not visible from Swift here; `env -C` changes folder portably.
            arguments = ["-C", directory, path] + arguments
            path = "/usr/bin/env"
        }
        var outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
        // Close-on-exec: children other tests spawn meanwhile must not inherit our write ends, or our reads
        // would wait for EOF until those children exit. dup2 in the child clears the flag on fds 1 and 2.
        // (pipe2 is not visible from Swift's Glibc module; the window between pipe and fcntl is tiny.)
        precondition(pipe(&outPipe) == 0 && pipe(&errPipe) == 0, "pipe failed")
        for fd in outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGTERM, SIGHUP, SIGWINCH, SIGCHLD] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid: pid_t = 0
        let spawned = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        close(outPipe[1]); close(errPipe[1])
        guard spawned == 0 else {
            close(outPipe[0]); close(errPipe[0])
            return CLIResult(status: -1, stdout: [], stderr: Array("spawn \(path) failed: \(String(cString: strerror(spawned)))".utf8))
        }
        let (stdout, stderr) = drain(outPipe[0], errPipe[0])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // Exit status when it exited; 128 + signal when a signal killed it (as a shell reports it).
        let code = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return CLIResult(status: code, stdout: stdout, stderr: stderr)
    }

    /// Reads both pipes to EOF together, so a child filling one pipe never blocks on the other.
    private static func drain(_ out: Int32, _ err: Int32) -> ([UInt8], [UInt8]) {
        var buffers: [Int32: [UInt8]] = [out: [], err: []]
        var open = [out, err]
        var chunk = [UInt8](repeating: 0, count: 65536)
        while !open.isEmpty {
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            if poll(&fds, nfds_t(fds.count), 10_000) < 0 { if errno == EINTR { continue } else { break } }
            for entry in fds where entry.revents != 0 {
                let n = read(entry.fd, &chunk, chunk.count)
                if n > 0 { buffers[entry.fd]! += chunk[0..<n] } else if n == 0 || errno != EINTR {
                    close(entry.fd); open.removeAll { $0 == entry.fd }
                }
            }
        }
        return (buffers[out]!, buffers[err]!)
    }
}

/// Dataset files written for one test, removed by the caller.
enum Fixture {
    /// The bundled dataset's JSON, as an object to modify.
    static func bundledObject() throws -> [String: Any] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Resources/dataset.json")
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
