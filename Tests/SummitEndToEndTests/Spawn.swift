import Foundation
import Glibc

/// Runs a program and collects its output, with posix_spawn rather than Foundation.Process:
/// Swift Testing's threads block almost every signal and Process children inherit that mask, so tmux
/// and summit would never see SIGWINCH, SIGTERM or SIGHUP. Children here start with an empty mask and
/// default handlers. Used by both the CLI tests and the tmux tests.
enum Spawn {
    /// What one run produced.
    struct Outcome: Sendable {
        let status: Int32
        let stdout: [UInt8]
        let stderr: [UInt8]
        var out: String { String(decoding: stdout, as: UTF8.self) }
        var err: String { String(decoding: stderr, as: UTF8.self) }
    }

    enum Failure: Error, CustomStringConvertible {
        case cannotStart(String, Int32)
        case timedOut(String)
        var description: String {
            switch self {
            case .cannotStart(let path, let code): "cannot start \(path): \(String(cString: strerror(code)))"
            case .timedOut(let command): "timed out: \(command)"
            }
        }
    }

    /// The environment children get: the test's own, minus anything tying them to an outer tmux.
    static var baseEnvironment: [String: String] {
        var environment = ProcessInfo.processInfo.environment
        environment["TMUX"] = nil
        environment["TMUX_PANE"] = nil
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        environment["NO_COLOR"] = nil
        return environment
    }

    /// Where the child's standard output goes: a pipe the caller reads (the default), a file such as /dev/full,
    /// or a pipe whose reading end is already closed, so the child's first write meets a reader that went away.
    enum Destination: Sendable {
        case pipe, file(String), closedPipe
    }

    /// Runs `arguments[0]` (an absolute path, or a name looked up in PATH) with stdin from /dev/null.
    static func run(
        _ arguments: [String], environment: [String: String] = baseEnvironment,
        timeLimit: Duration = .seconds(10), stdout destination: Destination = .pipe
    ) throws -> Outcome {
        let path = arguments[0].hasPrefix("/") ? arguments[0] : lookUp(arguments[0], in: environment["PATH"])
        var outPipe: [Int32] = [-1, -1]
        var errPipe: [Int32] = [-1, -1]
        // Close-on-exec: children other tests spawn meanwhile must not inherit our write ends, or our reads
        // would wait for EOF until those children exit. dup2 in the child clears the flag on fds 1 and 2.
        // (pipe2 is not visible from Swift's Glibc module; the window between pipe and fcntl is tiny.)
        guard pipe(&outPipe) == 0, pipe(&errPipe) == 0 else { throw Failure.cannotStart(path, errno) }
        for fd in outPipe + errPipe { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        var closedPipe: [Int32] = [-1, -1]
        switch destination {
        case .pipe:
            posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
        case .file(let path):
            posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY, 0)
        case .closedPipe:
            guard pipe(&closedPipe) == 0 else { throw Failure.cannotStart(path, errno) }
            _ = fcntl(closedPipe[1], F_SETFD, FD_CLOEXEC)
            close(closedPipe[0])
            posix_spawn_file_actions_adddup2(&actions, closedPipe[1], 1)
        }
        defer { if closedPipe[1] >= 0 { close(closedPipe[1]) } }
        posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var emptyMask = sigset_t()
        sigemptyset(&emptyMask)
        posix_spawnattr_setsigmask(&attributes, &emptyMask)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in 1..<32 where signal != SIGKILL && signal != SIGSTOP { sigaddset(&defaults, Int32(signal)) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { for pointer in argv + envp { free(pointer) } }
        var pid: pid_t = 0
        let started = posix_spawn(&pid, path, &actions, &attributes, argv, envp)
        close(outPipe[1])
        close(errPipe[1])
        defer {
            close(outPipe[0])
            close(errPipe[0])
        }
        guard started == 0 else { throw Failure.cannotStart(path, started) }

        guard let (out, err) = drain(outPipe[0], errPipe[0], until: ContinuousClock.now + timeLimit) else {
            kill(pid, SIGKILL)
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            throw Failure.timedOut(arguments.joined(separator: " "))
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS are macros; a death by signal is reported as 128 + signal, like a shell.
        let exitStatus = status & 0x7F == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return Outcome(status: exitStatus, stdout: out, stderr: err)
    }

    /// Reads both pipes to EOF together, so a child filling one pipe never blocks on the other;
    /// nil when the deadline passes first.
    private static func drain(_ out: Int32, _ err: Int32, until deadline: ContinuousClock.Instant)
        -> ([UInt8], [UInt8])?
    {
        var buffers: [Int32: [UInt8]] = [out: [], err: []]
        var open = [out, err]
        var chunk = [UInt8](repeating: 0, count: 65536)
        while !open.isEmpty {
            if ContinuousClock.now > deadline { return nil }
            var fds = open.map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
            guard poll(&fds, nfds_t(fds.count), 100) > 0 else { continue }
            for entry in fds where entry.revents != 0 {
                let count = read(entry.fd, &chunk, chunk.count)
                if count > 0 {
                    buffers[entry.fd]! += chunk[0..<count]
                } else if count == 0 || errno != EINTR {
                    open.removeAll { $0 == entry.fd }
                }
            }
        }
        return (buffers[out]!, buffers[err]!)
    }

    static func lookUp(_ name: String, in path: String?) -> String {
        for folder in (path ?? "/usr/bin:/bin").split(separator: ":") {
            let candidate = "\(folder)/\(name)"
            if access(candidate, X_OK) == 0 { return candidate }
        }
        return name
    }

    /// True when `name` can be found in PATH.
    static func isInstalled(_ name: String) -> Bool {
        lookUp(name, in: ProcessInfo.processInfo.environment["PATH"]).hasPrefix("/")
    }
}

/// The `summit` binary built next to the test bundle (.build/debug/summit).
enum SummitBinary {
    static var path: String {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return executable.deletingLastPathComponent().appendingPathComponent("summit").path
    }
}
