import Glibc

/// Runs one program as a child and measures it from the outside: wall time from spawn to exit and peak RSS. No shell
/// unless the caller asks for `/bin/sh -c`.
///
/// Peak RSS: `wait4`'s rusage is not the child's alone here. glibc's `posix_spawn` runs the child in the parent's
/// memory until `exec` (a vfork), and Linux keeps the high-water mark of the memory a process leaves at `exec`, so
/// a child of a bench that holds a million records in memory reports the bench's peak (it showed 2.4 GiB for a
/// cached start that peaks below 1 GiB). With `peakByTime`, the program runs under GNU time, a small process whose
/// own child starts from time's memory, and `%M` is the program's own peak.
struct ChildProcess {
    struct Outcome {
        let milliseconds: Double
        /// Peak resident set of the child, KiB.
        let peakKiB: Int
        let status: Int32
    }

    let arguments: [String]
    /// Extra environment entries, over the bench's own.
    var environment: [String: String] = [:]
    /// Where standard output goes (a file, truncated); nil: /dev/null. Never /dev/null for grep, which stops at
    /// the first match when it sees its output is /dev/null.
    var output: String? = nil
    /// Where standard input comes from; nil: /dev/null.
    var input: String? = nil
    /// Measure the peak through `/usr/bin/time -f %M` (see above), written to this file; nil: `wait4`'s figure.
    var peakByTime: String? = nil

    /// GNU time, which `./dev bench` installs (Debian package `time`).
    static let time = "/usr/bin/time"

    func run() throws -> Outcome {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, input ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output ?? "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let start = Stopwatch.now()
        let command = peakByTime.map { [Self.time, "-f", "%M", "-o", $0] + arguments } ?? arguments
        let pid = try ChildProcess.spawn(command, environment: environment, actions: &actions, attributes: nil)
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let milliseconds = Stopwatch.milliseconds(since: start)
        var peak = usage.ru_maxrss
        if let peakByTime {
            let text = (try? String(contentsOfFile: peakByTime, encoding: .utf8)) ?? ""
            guard let kib = text.split(separator: "\n").last.flatMap({ Int($0) }) else {
                throw BenchFailure("\(Self.time) wrote no peak for \(arguments[0]) (it says: \(text.prefix(200)))")
            }
            peak = kib
        }
        return Outcome(milliseconds: milliseconds, peakKiB: peak, status: ChildProcess.exitCode(status))
    }

    /// The exit code, or 128 + the signal that ended the child.
    static func exitCode(_ status: Int32) -> Int32 {
        (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    }

    /// posix_spawnp with the bench's environment plus `environment`; the child's pid.
    static func spawn(
        _ arguments: [String], environment: [String: String], actions: inout posix_spawn_file_actions_t,
        attributes: UnsafePointer<posix_spawnattr_t>?
    ) throws -> pid_t {
        var merged: [String: String] = [:]
        var entry = environ
        while let pointer = entry.pointee {
            let text = String(cString: pointer)
            if let equals = text.firstIndex(of: "=") {
                merged[String(text[..<equals])] = String(text[text.index(after: equals)...])
            }
            entry += 1
        }
        merged.merge(environment) { _, new in new }
        let argv = arguments.map { strdup($0) } + [nil]
        let envp = merged.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for pointer in argv { free(pointer) }
            for pointer in envp { free(pointer) }
        }
        var pid: pid_t = 0
        let code = posix_spawnp(&pid, arguments[0], &actions, attributes, argv, envp)
        guard code == 0 else {
            throw BenchFailure("could not start \(arguments[0]): \(String(cString: strerror(code)))")
        }
        return pid
    }
}

/// The monotonic clock, in nanoseconds.
enum Stopwatch {
    static func now() -> UInt64 {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
    }

    static func milliseconds(since start: UInt64) -> Double { Double(now() - start) / 1e6 }

    /// How long `body` takes, ms, and what it returns.
    static func measure<T>(_ body: () throws -> T) rethrows -> (milliseconds: Double, value: T) {
        let start = now()
        let value = try body()
        return (milliseconds(since: start), value)
    }
}
