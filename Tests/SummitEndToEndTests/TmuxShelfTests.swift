import SummitModel
import Testing

extension TmuxExplorerTests {
    @Test(
        "/oreshnik finds the strike event; 6, Enter and s show it in Detail and in the article",
        arguments: [(80, 24), (40, 12)])
    func oreshnikReachesTheStrikeEventsSource(size: (width: Int, height: Int)) throws {
        let session = try TmuxSession(width: size.width, height: size.height)
        defer { session.close() }
        try launch(in: session)
        try session.type("/oreshnik")
        try session.waitFor("/oreshnik")
        try session.press("Enter")
        try session.type("6")
        let event = try #require(index.event(id: "event-oreshnik-strike"))
        let list = try session.waitFor("Events 1/\(index.dataset.events.count)")
        #expect(list.contains(String(event.summary.prefix(20))), "\(list)")
        try session.press("Enter")
        let detail = try session.waitFor("When: On Friday")
        #expect(detail.contains("Detail"), "\(detail)")
        try session.type("s")
        // At 40 columns the article's position ("79–88/248") leaves room for only the start of the label.
        let source = try session.waitFor("Article, highlight")
        #expect(source.contains("Oreshnik"), "\(source)")
        try session.type("s")
        try session.waitFor("When: On Friday")
        try quitAndExpectSaneShell(session)
    }
}
