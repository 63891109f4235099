import Testing
@testable import SummitUI

// Writes screens to $SUMMIT_DUMP (a folder) for a human to check before they become expected text.
@Test(.enabled(if: ProcessInfo.processInfo.environment["SUMMIT_DUMP"] != nil))
func dumpScreens() throws {
    let dir = ProcessInfo.processInfo.environment["SUMMIT_DUMP"]!
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    for (name, screen) in ScreenCatalogue.fixtureScreens() {
        try screen.write(toFile: dir + "/" + name + ".txt", atomically: true, encoding: .utf8)
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
            ("search-poland-80x24", Fixture.screen(Fixture.press([.character("/")] + Fixture.type("poland"), from: start))),
            ("detail-poland-80x24", Fixture.screen(Fixture.press([.character("2"), .enter], from: start))),
            ("source-poland-80x24", Fixture.screen(Fixture.press([.character("2"), .character("s")], from: start))),
            ("help-80x24", Fixture.screen(Fixture.press([.character("?")], from: start))),
            ("positions-tab-40x12", Fixture.screen(Fixture.press([.character("2")], from: Fixture.state(40, 12)))),
            ("too-small-20x5", Fixture.screen(Fixture.state(20, 5))),
        ]
    }
}

import Foundation
