import Foundation
import SummitModel
import Testing

@testable import SummitUI

/// Slides of the bundled briefing, by name, for the whole-screen tests and `SUMMIT_DUMP`.
enum SlideScreens {
    /// The presentation at a size, on the slide whose section is the n-th of `kind` (0-based).
    static func state(_ width: Int, _ height: Int, _ kind: BriefingSection.Kind, _ n: Int = 0) -> ExplorerState {
        let index = Bundled.index
        let size = Size(width: width, height: height)
        var s = ExplorerState(size: size)
        let p = Presentation(outline: BriefingOutline(index), index, size: size, standalone: true)
        s.mode = .present(p)
        let section = p.outline.sections.indices.filter { p.outline.sections[$0].kind == kind }[n]
        let page = p.deck.page(section: section, item: 0)
        return Fixture.press(Fixture.type(String(page + 1)) + [.enter], from: s, index: index)
    }

    static func screens() -> [(String, String)] {
        var out: [(String, String)] = []
        for (w, h) in [(80, 24), (160, 45)] {
            for (name, kind, n) in [
                ("title", BriefingSection.Kind.title, 0), ("pillar-1", .pillar, 0), ("offers", .offers, 0),
                ("figures", .figures, 0), ("quote-buras", .quote, 2), ("questions", .questions, 0),
                ("closing", .closing, 0),
            ] {
                out.append(("slide-\(name)-\(w)x\(h)", Fixture.screen(state(w, h, kind, n), index: Bundled.index)))
            }
        }
        return out
    }
}

/// Writes every slide screen to SUMMIT_DUMP (for reading them by eye), or to a temporary folder it then removes: it runs
/// in every run (CI fails on a skipped test), and checks each file holds the whole screen.
@Test func dumpSlides() throws {
    let chosen = ProcessInfo.processInfo.environment["SUMMIT_DUMP"]
    let dir =
        chosen
        ?? FileManager.default.temporaryDirectory.appendingPathComponent("summit-slides-\(UUID().uuidString)").path
    defer { if chosen == nil { try? FileManager.default.removeItem(atPath: dir) } }
    try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
    let screens = SlideScreens.screens()
    #expect(Set(screens.map(\.0)).count == screens.count, "two screens share a name, so one file would hide the other")
    for (name, screen) in screens {
        let path = dir + "/" + name + ".txt"
        try screen.write(toFile: path, atomically: true, encoding: .utf8)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == screen, "\(name)")
    }
}
