import Foundation
import Glibc
import Testing

/// A dataset piped in (`… | summit --data -`): the explorer reads the records from standard input and its keys
/// from the terminal (`/dev/tty`), as `less` and `fzf` do; without a terminal to read keys from it says so.
@Suite("A dataset piped into the explorer", .serialized, .requires(.tmux))
struct TmuxPipedDatasetTests {
    static let dataset = Fixture.root.appendingPathComponent("Resources/dataset.json").path

    @Test("The explorer shows a piped dataset, answers keys from the terminal, quits with 0 on a sane shell")
    func pipedDataset() throws {
        let session = try TmuxSession(width: 100, height: 30)
        defer { session.close() }
        try session.runInShell("cat '\(Self.dataset)' | '\(SummitBinary.path)' --data -; echo \"exit=$?\"")
        try session.waitUntilSettled("the three lists and the status bar", TmuxSession.isCompleteExplorer)
        try session.type("/poland")
        try session.press("Enter")
        let screen = try session.waitUntil("the kept filter") { $0.contains("kept the filter /poland") }
        #expect(screen.contains("Poland"), "the filtered lists show Poland:\n\(screen)")
        try session.type("q")
        try session.waitFor("exit=0")
        try session.expectSaneShell()
    }

    @Test("Without a terminal for keys (no controlling terminal, stdin a pipe) it refuses in one line, exit 2")
    func noTerminalForKeys() throws {
        let session = try TmuxSession(width: 100, height: 30)
        defer { session.close() }
        // setsid -w (wait: in an interactive shell it would fork and return at once): a new session has no controlling terminal, so /dev/tty cannot be opened; stdout is still the pane.
        try session.runInShell(
            "setsid -w sh -c \"cat '\(Self.dataset)' | '\(SummitBinary.path)' --data -\" </dev/null; echo \"exit=$?\"")
        // A line of its own, not the echoed command line, which holds `exit=$?`.
        let screen = try session.waitUntil("the exit status") {
            $0.split(separator: "\n").contains { $0.hasPrefix("exit=") }
        }
        #expect(screen.contains("summit: no usable terminal (no terminal to read keys from)"), "\(screen)")
        #expect(screen.contains("exit=2"), "\(screen)")
    }
}
