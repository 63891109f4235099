import Foundation
import Glibc
import SummitData
import SummitModel
import Testing

/// Issue 8 in a real terminal: `:goto`, `n`/`N`, and `y` writing OSC 52 that tmux itself receives.
@Suite("Links, matches and copying in tmux", .serialized, .requires(.tmux))
struct TmuxLinksTests {
    let index = DatasetIndex(try! BundledDataset.load())

    @discardableResult
    private func launch(in session: TmuxSession, _ prefix: String = "") throws -> String {
        try session.runInShell("\(prefix)'\(SummitBinary.path)'; echo \"exit=$?\"")
        return try session.waitUntil("the three lists") { screen in
            ["Pillars", "Positions", "Quotes"].allSatisfy(screen.contains)
        }
    }

    @Test(":goto opens a record by id with its reference, and [ goes back", arguments: [(80, 24), (40, 12)])
    func gotoAndBack(size: (width: Int, height: Int)) throws {
        let session = try TmuxSession(width: size.width, height: size.height)
        defer { session.close() }
        try launch(in: session)
        try session.type(":goto event-oreshnik")
        try session.press("Tab")
        try session.waitFor(":goto event-oreshnik-strike")
        try session.press("Enter")
        let reference = index.reference(RecordRef(kind: .event, id: "event-oreshnik-strike"))
        let screen = try session.waitFor(reference)
        #expect(screen.contains("Oreshnik"), "\(screen)")
        try session.type("[")
        try session.waitFor("back to Pillar 1")
        try session.type("q")
        try session.waitFor("exit=0")
    }

    @Test("↑ recalls the last command in the : line, and the last search on an empty / line; ↓ comes back")
    func upRecallsHistory() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try launch(in: session)
        try session.type(":kind quote")
        try session.press("Enter")
        try session.waitFor("[kind: quotes]")
        try session.type(":")
        try session.waitFor("↑ recall")
        try session.press("Up")
        try session.waitFor(":kind quote")
        try session.press("Down")
        try session.waitUntil("the : line given back empty") {
            $0.split(separator: "\n").last?.hasPrefix(" : ") == true
        }
        try session.press("Escape")
        try session.type("c/buras")
        try session.press("Enter")
        try session.type("c/")
        try session.press("Up")
        try session.waitFor("/buras")
        try session.press("Escape")
        try session.type("q")
        try session.waitFor("exit=0")
    }

    @Test("n and N move between the rows matching the last search")
    func nextAndPreviousMatch() throws {
        let session = try TmuxSession(width: 80, height: 24)
        defer { session.close() }
        try launch(in: session)
        let quotes = index.refs(of: .quote)
        // From the first row, n goes to the first match below it, then the next; N comes back.
        let matching = quotes.indices.dropFirst().filter { index.matches(quotes[$0], query: "ukraine") }
        try #require(matching.count >= 2)
        try session.type("/ukraine")
        try session.press("Escape")
        try session.type("3gn")
        try session.waitFor("/ukraine: row \(matching[0] + 1) of \(quotes.count)")
        try session.type("n")
        try session.waitFor("/ukraine: row \(matching[1] + 1) of \(quotes.count)")
        try session.type("N")
        try session.waitFor("/ukraine: row \(matching[0] + 1) of \(quotes.count)")
        try session.type("q")
        try session.waitFor("exit=0")
    }

    @Test("y copies the selected quote with OSC 52: tmux receives exactly the text, and the status says how long it is")
    func copyAQuote() throws {
        let session = try TmuxSession(width: 100, height: 30)
        defer { session.close() }
        // tmux keeps what an application sets with OSC 52 as a paste buffer. Outside TMUX, summit writes plain OSC 52.
        try session.tmux(["set-option", "-g", "set-clipboard", "on"])
        try launch(in: session, "env -u TMUX ")
        try session.type(":goto quote-buras-1")
        try session.press("Enter")
        try session.type("y")
        let ref = RecordRef(kind: .quote, id: "quote-buras-1")
        try session.waitFor("characters)")
        let buffer = try session.tmux(["show-buffer"])
        #expect(buffer.hasPrefix("“The declaration and the summit"), "\(buffer)")
        #expect(buffer.hasSuffix(index.reference(ref)), "\(buffer)")
        let screen = try session.screen()
        #expect(screen.contains("(\(buffer.count) characters)"), "\(screen)")
        try session.type("q")
        try session.waitFor("exit=0")
    }
}
