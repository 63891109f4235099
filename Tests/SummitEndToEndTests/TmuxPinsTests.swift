import Foundation
import Testing

/// Pins in the real explorer: `m` pins, the mark shows, the pin is on disk before quitting (a SIGKILL loses none),
/// the next session and `summit pins` see it, and `:pins` shows the pins alone.
@Suite(
    "Pins in tmux", .serialized, .requires(.tmux))
struct TmuxPinsTests {
    @Test func aPinSurvivesKillAndShowsInTheNextSessionAndOnTheCommandLine() throws {
        let home = try CLIPinsTests.Home()
        defer { home.remove() }
        let session = try TmuxSession(width: 100, height: 30)
        defer { session.close() }
        let start = home.shellLine()
        try session.runInShell(start)
        try session.waitFor("Positions")
        try session.type("2")
        try session.type("jm")
        var screen = try session.waitFor("pinned United Kingdom (1 pin)")
        #expect(screen.contains("›◆ United Kingdom"), "\(screen)")
        // Killed without a chance to save on the way out: the pin was written when it was made.
        let summit = try session.childOfShell()
        kill(summit, SIGKILL)
        try session.waitFor("exit=137")
        try session.runInShell("reset; clear")
        try session.runInShell(start)
        screen = try session.waitFor("◆ United Kingdom")
        try session.type(":pins")
        try session.press("Enter")
        screen = try session.waitFor("[◆ pins]")
        #expect(screen.contains("Positions 1/"), "\(screen)")
        try session.type("q")
        try session.waitFor("exit=0")
        let listed = home.run(["pins"])
        #expect(listed.out.contains("actor: United Kingdom [united-kingdom ¶"), "\(listed.out)\(listed.err)")
    }

    @Test func aPinAddedInAnotherShellWhileTheExplorerIsOpenIsKeptByItsNextSave() throws {
        let home = try CLIPinsTests.Home()
        defer { home.remove() }
        let session = try TmuxSession(width: 100, height: 30)
        defer { session.close() }
        try session.runInShell(home.shellLine())
        try session.waitFor("Positions")
        // Another shell pins Poland while the explorer is open; then the explorer pins the United Kingdom.
        #expect(home.run(["pins", "add", "poland"]).status == 0)
        try session.type("2")
        try session.type("jm")
        let screen = try session.waitFor("with a change made by another summit")
        #expect(screen.contains("◆ Poland") || screen.contains("pins: 2"), "\(screen)")
        try session.type("q")
        try session.waitFor("exit=0")
        let listed = home.run(["pins"])
        #expect(listed.out.contains("actor: Poland"), "\(listed.out)\(listed.err)")
        #expect(listed.out.contains("actor: United Kingdom"), "\(listed.out)\(listed.err)")
    }

    @Test func clearAsksOnATerminal() throws {
        let home = try CLIPinsTests.Home()
        defer { home.remove() }
        _ = home.run(["pins", "add", "poland"])
        let session = try TmuxSession(width: 100, height: 20)
        defer { session.close() }
        let clear = home.shellLine("pins clear")
        try session.runInShell(clear)
        try session.waitFor("Remove all 1 pin of this dataset? [y/N]")
        try session.runInShell("n")
        try session.waitFor("kept the pins")
        #expect(home.run(["pins", "--json"]).json?["count"] as? Int == 1)
        try session.runInShell(clear)
        try session.waitUntil("the question asked again") { $0.components(separatedBy: "[y/N]").count == 3 }
        try session.runInShell("y")
        try session.waitFor("cleared the pins")
        #expect(home.run(["pins"]).status == 1)
    }
}
