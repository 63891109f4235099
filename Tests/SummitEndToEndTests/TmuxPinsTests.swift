import Foundation
import Testing

/// Pins in the real explorer: `m` pins, the mark shows, the pin is on disk before quitting (a SIGKILL loses none),
/// the next session and `summit pins` see it, and `:pins` shows the pins alone.
@Suite("Pins in tmux", .serialized,
       .enabled(if: TmuxSession.isAvailable, "tmux is not installed: these tests drive summit inside tmux"))
struct TmuxPinsTests {
    @Test func aPinSurvivesKillAndShowsInTheNextSessionAndOnTheCommandLine() throws {
        let home = try CLIPinsTests.Home()
        defer { home.remove() }
        let session = try TmuxSession(width: 100, height: 30)
        defer { session.close() }
        let state = home.environment["XDG_STATE_HOME"]!
        let start = "XDG_STATE_HOME='\(state)' '\(SummitBinary.path)'; echo \"exit=$?\""
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
}
