import Foundation
import Glibc

/// A private tmux server with one shell pane, for driving the real `summit` binary in a real terminal.
/// Each session has its own socket (`tmux -L summit-test-…`), so tests never touch the user's tmux or
/// each other, and `close()` always kills the server it started.
final class TmuxSession {
    enum Failure: Error, CustomStringConvertible {
        case tmux(String)
        case timedOut(waitingFor: String, screen: String)
        var description: String {
            switch self {
            case .tmux(let message): "tmux failed: \(message)"
            case .timedOut(let what, let screen): "timed out waiting for \(what); the screen was:\n\(screen)"
            }
        }
    }

    let socket: String
    /// This session's own XDG config, state and cache folders: summit in the pane never reads the user's config
    /// or remembers into the user's state, and one test's memory never leaks into the next.
    let xdgHome: String
    private var closed = false

    /// Starts a detached server whose pane runs a plain bash with a fixed prompt, at `width`x`height`.
    init(width: Int, height: Int) throws {
        try RequiredTool.tmux.require()
        socket = "summit-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        xdgHome = FileManager.default.temporaryDirectory.appendingPathComponent(socket).path
        // PS1 through env: bash ignores a PS1 that arrives via tmux's global environment.
        try tmux([
            "-f", "/dev/null", "new-session", "-d", "-x", "\(width)", "-y", "\(height)",
            "env PS1='$ ' HISTFILE=/dev/null XDG_CONFIG_HOME='\(xdgHome)/config' XDG_STATE_HOME='\(xdgHome)/state' XDG_CACHE_HOME='\(xdgHome)/cache' SUMMIT_CONFIG= bash --norc --noprofile",
        ])
        // Keep the pane after its program exits (tmux may lose a fast program's last screen otherwise).
        try tmux(["set-option", "-g", "remain-on-exit", "on"])
        try waitFor("$")
    }

    deinit { close() }

    func close() {
        guard !closed else { return }
        closed = true
        _ = try? Spawn.run(["tmux", "-L", socket, "kill-server"], timeLimit: .seconds(5))
        try? FileManager.default.removeItem(atPath: xdgHome)
    }

    @discardableResult
    func tmux(_ arguments: [String], environment: [String: String] = Spawn.baseEnvironment) throws -> String {
        let outcome = try Spawn.run(
            ["tmux", "-L", socket] + arguments, environment: environment, timeLimit: .seconds(10))
        guard outcome.status == 0 else { throw Failure.tmux("\(arguments.joined(separator: " ")): \(outcome.err)") }
        return outcome.out
    }

    /// Types text literally (no key-name lookup), as a user would.
    func type(_ text: String) throws { try tmux(["send-keys", "-l", "--", text]) }

    /// Sends named keys: "Enter", "Escape", "Tab", "Space", "C-c", "Up"…
    func press(_ keys: String...) throws { try tmux(["send-keys"] + keys) }

    /// Runs a shell command line in the pane.
    func runInShell(_ line: String) throws {
        try type(line)
        try press("Enter")
    }

    /// The pane as plain text, one line per row.
    func screen() throws -> String { try tmux(["capture-pane", "-p"]) }

    /// The pane with its SGR attribute and colour sequences (`capture-pane -e`).
    func screenWithAttributes() throws -> String { try tmux(["capture-pane", "-p", "-e"]) }

    /// A tmux format value of the pane, e.g. "#{alternate_on}".
    func format(_ format: String) throws -> String {
        try tmux(["display-message", "-p", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until `predicate` holds; returns that screen. Fails with the last screen seen.
    @discardableResult
    func waitUntil(
        _ description: String, timeLimit: Duration = .seconds(10),
        _ predicate: (String) -> Bool
    ) throws -> String {
        let deadline = ContinuousClock.now + timeLimit
        var last = ""
        while true {
            last = try screen()
            if predicate(last) { return last }
            if ContinuousClock.now > deadline { throw Failure.timedOut(waitingFor: description, screen: last) }
            usleep(30_000)
        }
    }

    /// Like `waitUntil`, but the screen must also be settled: the same capture twice, 50 ms apart. A program paints
    /// a frame in several writes, so the first capture showing its titles can still have blank rows.
    @discardableResult
    func waitUntilSettled(
        _ description: String, timeLimit: Duration = .seconds(10),
        _ predicate: (String) -> Bool
    ) throws -> String {
        var previous: String?
        return try waitUntil("\(description), settled", timeLimit: timeLimit) { screen in
            defer {
                previous = screen
                usleep(20_000)
            }
            return screen == previous && predicate(screen)
        }
    }

    @discardableResult
    func waitFor(_ text: String, timeLimit: Duration = .seconds(10)) throws -> String {
        try waitUntil("“\(text)”", timeLimit: timeLimit) { $0.contains(text) }
    }

    /// Polls /proc until `pid` has exited (or is a zombie), with a time limit.
    func waitUntilProcessEnds(_ pid: pid_t, timeLimit: Duration = .seconds(5)) throws {
        let deadline = ContinuousClock.now + timeLimit
        while ProcessTable.isRunning(pid) {
            if ContinuousClock.now > deadline { throw Failure.tmux("process \(pid) still running") }
            usleep(20_000)
        }
    }

    /// The pid of the pane's shell.
    func shellPID() throws -> pid_t {
        guard let pid = pid_t(try format("#{pane_pid}")) else { throw Failure.tmux("no pane pid") }
        return pid
    }

    /// The pid of the program the shell is running in the foreground (its only child), once it exists.
    func childOfShell(timeLimit: Duration = .seconds(10)) throws -> pid_t {
        let shell = try shellPID()
        let deadline = ContinuousClock.now + timeLimit
        while ContinuousClock.now < deadline {
            if let child = ProcessTable.children(of: shell).first { return child }
            usleep(20_000)
        }
        throw Failure.tmux("the shell started no program")
    }
}

/// Reads parent pids from /proc (this kernel has no /proc/PID/task/PID/children).
enum ProcessTable {
    static func children(of parent: pid_t) -> [pid_t] {
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        return entries.compactMap { name -> pid_t? in
            guard let pid = pid_t(name), let stat = try? String(contentsOfFile: "/proc/\(name)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { return nil }
            // Fields after the command name: state, ppid, …
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            guard fields.count > 1, pid_t(fields[1]) == parent, fields[0] != "Z" else { return nil }
            return pid
        }
    }

    /// True while `pid` exists and is not a zombie.
    static func isRunning(_ pid: pid_t) -> Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        return stat[stat.index(after: close)...].split(separator: " ").first != "Z"
    }
}
