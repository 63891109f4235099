import Foundation
import Glibc
import Testing

/// Pasting into the prompts of the real binary: the terminal's bracketed paste arrives as one edit, its line
/// breaks are text (they do not press Enter), and the draft stops at its documented limit with a message.
@Suite("Pasting in tmux", .serialized, .requires(.tmux))
struct TmuxPromptTests {
    @Test("A long multi-line paste into / stays in the prompt, is cut at the limit with a message, and Esc still acts")
    func longPasteIntoSearch() throws {
        let session = try TmuxSession(width: 140, height: 30)
        defer { session.close() }
        try session.launchExplorer()
        let pid = try session.childOfShell()
        try session.type("/")
        try session.waitUntil("the search prompt") { $0.split(separator: "\n").last?.hasPrefix(" /") == true }
        let line = "troops would be required to monitor central Ukraine\n"
        let text = String(repeating: line, count: 60)  // 3,120 characters, 60 line breaks
        try session.tmux(["set-buffer", "-b", "summit-paste", "--", text])
        try session.tmux(["paste-buffer", "-p", "-b", "summit-paste"])
        let screen = try session.waitFor("at most 1000 characters")
        // Still typing: a pasted line break did not press Enter (no chip was kept).
        #expect(!screen.contains("kept the filter"))
        #expect(
            screen.split(separator: "\n").last?.contains("/troops would be") == true
                || screen.contains("prompt holds at most 1000 characters"))
        try session.press("Escape")
        try session.waitUntil("the prompt closed") { !$0.contains("at most 1000") && $0.contains("Positions") }
        try session.quitExplorer(pid)
    }

    @Test("20,000 characters typed into / without bracketed paste, then Esc: the prompt closes and summit answers")
    func typedFloodThenEscape() throws {
        let session = try TmuxSession(width: 100, height: 24)
        defer { session.close() }
        try session.launchExplorer()
        let pid = try session.childOfShell()
        try session.type("/")
        try session.waitUntil("the search prompt") { $0.split(separator: "\n").last?.hasPrefix(" /") == true }
        // Pasted without brackets, the 20,010 characters arrive as keys, as from a terminal without bracketed paste.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "summit-flood-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(String(repeating: "ukraine troops ", count: 1334).utf8).write(to: file)
        try session.tmux(["load-buffer", "-b", "summit-flood", file.path])
        try session.tmux(["paste-buffer", "-b", "summit-flood"])
        try session.press("Escape")
        try session.waitUntil("the prompt closed") { !($0.split(separator: "\n").last?.hasPrefix(" /") ?? true) }
        try session.type("?")
        try session.waitFor("Keys — Esc")
        try session.press("Escape")
        try session.quitExplorer(pid)
    }

    @Test("summit search refuses more than 1000 words with a usage error instead of parsing them for seconds")
    func tooManySearchWords() {
        let many = CLI.run(["search"] + Array(repeating: "troops", count: 5000))
        #expect(many.status == 2)
        #expect(many.err.contains("too many arguments (5001)"))
        #expect(many.err.contains("at most 1000"))
        #expect(many.stdout.isEmpty)
        let enough = CLI.run(["search"] + Array(repeating: "troops", count: 999))
        #expect(enough.status == 0)
        #expect(enough.out.contains("troops"))
    }
}
