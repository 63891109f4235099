import Foundation
import SummitData
import SummitModel
import Testing

@testable import SummitUI

// Writes screens to $SUMMIT_DUMP (a folder) for a human to check before they become expected text. Without it the
// screens go to a temporary folder and are read back, so the test runs (and can fail) in every run, CI included.
@Test func dumpScreens() throws {
    let chosen = ProcessInfo.processInfo.environment["SUMMIT_DUMP"]
    let dir =
        chosen
        ?? FileManager.default.temporaryDirectory.appendingPathComponent("summit-screens-\(UUID().uuidString)").path
    defer { if chosen == nil { try? FileManager.default.removeItem(atPath: dir) } }
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let screens =
        ScreenCatalogue.fixtureScreens() + ScreenCatalogue.bundledScreens() + ScreenCatalogue.smallScreens()
        + ScreenCatalogue.shelfScreens()
    #expect(Set(screens.map(\.0)).count == screens.count, "two screens share a name, so one file would hide the other")
    for (name, screen) in screens {
        let path = dir + "/" + name + ".txt"
        try screen.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == screen, "\(name)")
    }
}

/// The screens the whole-screen tests pin, by name.
enum ScreenCatalogue {
    static func fixtureScreens() -> [(String, String)] {
        let start = Fixture.state(80, 24)
        return [
            ("start-80x24", Fixture.screen(start)),
            ("start-120x40", Fixture.screen(Fixture.state(120, 40))),
            ("start-40x12", Fixture.screen(Fixture.state(40, 12))),
            (
                "search-poland-80x24",
                Fixture.screen(Fixture.press([.character("/")] + Fixture.type("poland"), from: start))
            ),
            ("detail-poland-80x24", Fixture.screen(Fixture.press([.character("2"), .enter], from: start))),
            ("source-poland-80x24", Fixture.screen(Fixture.press([.character("2"), .character("s")], from: start))),
            ("help-80x24", Fixture.screen(Fixture.press([.character("?")], from: start))),
            ("positions-tab-40x12", Fixture.screen(Fixture.press([.character("2")], from: Fixture.state(40, 12)))),
            ("too-small-20x5", Fixture.screen(Fixture.state(20, 5))),
        ]
    }
}

/// The bundled dataset, loaded once for the tests that run against the real data.
enum Bundled {
    static let index: DatasetIndex = {
        do { return DatasetIndex(try BundledDataset.load()) } catch {
            fatalError("bundled dataset does not load: \(error)")
        }
    }()

    static func state(_ width: Int, _ height: Int) -> ExplorerState {
        var s = ExplorerState(size: Size(width: width, height: height))
        s.normalize(index)
        return s
    }
}

extension ScreenCatalogue {
    static func bundledScreens() -> [(String, String)] {
        let i = Bundled.index
        let start = Bundled.state(80, 24)
        return [
            ("bundled-start-80x24", Fixture.screen(start, index: i)),
            ("bundled-start-120x40", Fixture.screen(Bundled.state(120, 40), index: i)),
            ("bundled-start-40x12", Fixture.screen(Bundled.state(40, 12), index: i)),
            (
                "bundled-search-poland-80x24",
                Fixture.screen(
                    Fixture.press([.character("/")] + Fixture.type("poland"), from: start, index: i), index: i)
            ),
            (
                "bundled-linked-poland-120x40",
                Fixture.screen(
                    Fixture.press(
                        [.character("2")] + Fixture.type("jjjjjj") + [.character("f")], from: Bundled.state(120, 40),
                        index: i), index: i)
            ),
            (
                "bundled-quote-detail-120x40",
                Fixture.screen(
                    Fixture.press([.character("3"), .enter], from: Bundled.state(120, 40), index: i), index: i)
            ),
            (
                "bundled-source-80x24",
                Fixture.screen(
                    Fixture.press([.character("3"), .character("j"), .character("s")], from: start, index: i), index: i)
            ),
        ]
    }
}

extension ScreenCatalogue {
    static func smallScreens() -> [(String, String)] {
        let i = Bundled.index
        let small = Bundled.state(40, 12)
        return [
            ("bundled-help-40x12", Fixture.screen(Fixture.press([.character("?")], from: small, index: i), index: i)),
            (
                "bundled-source-40x12",
                Fixture.screen(Fixture.press([.character("2"), .character("s")], from: small, index: i), index: i)
            ),
            (
                "bundled-command-completion-80x24",
                Fixture.screen(
                    Fixture.press(
                        [.character(":")] + Fixture.type("actor u") + [.tab], from: Bundled.state(80, 24), index: i),
                    index: i)
            ),
            (
                "bundled-detail-tab-40x12",
                Fixture.screen(Fixture.press([.character("3"), .enter], from: small, index: i), index: i)
            ),
            // Issue 8: a followed link with the trail in Detail's title, and the way back.
            (
                "bundled-followed-link-80x24",
                Fixture.screen(
                    Fixture.press(try! KeyScript.parse("4j<Enter>"), from: Bundled.state(80, 24), index: i), index: i)
            ),
            (
                "bundled-trail-back-80x24",
                Fixture.screen(
                    Fixture.press(try! KeyScript.parse("4j<Enter>jjj<Enter>["), from: Bundled.state(80, 24), index: i),
                    index: i)
            ),
            (
                "bundled-goto-event-40x12",
                Fixture.screen(
                    Fixture.press(try! KeyScript.parse(":goto event-oreshnik-strike<Enter>"), from: small, index: i),
                    index: i)
            ),
            (
                "bundled-chips-overflow-80x24",
                Fixture.screen(
                    Fixture.press(
                        Fixture.type(":actor poland") + [.enter] + Fixture.type(":stance rules-out") + [.enter]
                            + Fixture.type(":speaker buras") + [.enter] + Fixture.type(":kind quote") + [.enter]
                            + Fixture.type("/warsaw") + [.enter], from: Bundled.state(80, 24), index: i), index: i)
            ),
        ]
    }
}
