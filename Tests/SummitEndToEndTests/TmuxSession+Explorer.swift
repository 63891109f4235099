import Foundation
import Glibc
import Testing

/// Steps every explorer test in tmux shares: start summit from the pane's shell, and check that the shell
/// got a sane terminal back.
extension TmuxSession {
    /// Starts summit (after an optional `env …` prefix) and waits for a settled, complete frame; the shell echoes
    /// `exit=STATUS` when summit ends.
    @discardableResult
    func launchExplorer(prefix: String = "", arguments: String = "") throws -> String {
        try runInShell("\(prefix)'\(SummitBinary.path)' \(arguments); echo \"exit=$?\"")
        return try waitUntilSettled("the three lists and the status bar", Self.isCompleteExplorer)
    }

    /// A whole explorer frame: the three list titles, and the status bar on the last row (`? help` shows at every width).
    static func isCompleteExplorer(_ screen: String) -> Bool {
        let rows = screen.split(separator: "\n", omittingEmptySubsequences: false).reversed().drop { $0.isEmpty }
        return ["Pillars", "Positions", "Quotes"].allSatisfy(screen.contains) && rows.first?.contains("? help") == true
    }

    /// Types q and expects summit (`pid`) gone within a second, exit status 0 (when the shell reports it) and a
    /// sane shell.
    func quitExplorer(_ pid: pid_t, statusReported: Bool = true, sourceLocation: SourceLocation = #_sourceLocation)
        throws
    {
        try type("q")
        try waitUntilProcessEnds(pid, timeLimit: .seconds(1))
        if statusReported { try waitFor("exit=0") }
        try expectSaneShell(sourceLocation: sourceLocation)
    }

    /// The shell is usable: echo and canonical mode on, alternate screen left, cursor shown, no mouse reports.
    func expectSaneShell(sourceLocation: SourceLocation = #_sourceLocation) throws {
        // The marker is computed by the shell, so the echoed command line itself never matches it.
        try runInShell(
            "for f in $(stty -a); do case $f in echo|-echo|icanon|-icanon) printf 'mode:%s ' $f;; esac; done; echo modes-$((6*7))"
        )
        let screen = try waitFor("modes-42")
        let line = try #require(
            screen.split(separator: "\n").last { $0.contains("modes-42") }, sourceLocation: sourceLocation)
        #expect(
            line.contains("mode:echo ") && line.contains("mode:icanon "), "terminal modes: \(line)",
            sourceLocation: sourceLocation)
        #expect(!line.contains("mode:-"), "terminal modes: \(line)", sourceLocation: sourceLocation)
        #expect(try format("#{alternate_on}#{cursor_flag}#{mouse_any_flag}") == "010", sourceLocation: sourceLocation)
    }
}
