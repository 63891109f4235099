import SummitModel

@testable import SummitUI

extension ScreenCatalogue {
    /// The new lists, the figures chart (blocks and ASCII) and the facet counts, on the bundled data.
    static func shelfScreens() -> [(String, String)] {
        let i = Bundled.index
        func press(_ keys: [Key], _ start: ExplorerState) -> String {
            Fixture.screen(Fixture.press(keys, from: start, index: i), index: i)
        }
        var ascii = Bundled.state(80, 24)
        ascii.glyphs = .ascii
        return [
            (
                "bundled-figure-chart-80x24",
                press(Fixture.type("5jjjj") + [.enter] + Fixture.type("jjjjjjj"), Bundled.state(80, 24))
            ),
            (
                "bundled-figure-chart-ascii-80x24",
                press(Fixture.type("5jjjj") + [.enter] + Fixture.type("jjjjjjj"), ascii)
            ),
            ("bundled-events-100x30", press(Fixture.type("6jjjjjjjjj"), Bundled.state(100, 30))),
            ("bundled-questions-40x12", press(Fixture.type("7"), Bundled.state(40, 12))),
            ("bundled-search-oreshnik-80x24", press(Fixture.type("/oreshnik"), Bundled.state(80, 24))),
            ("bundled-counts-stance-80x24", press(Fixture.type("2F"), Bundled.state(80, 24))),
            ("bundled-counts-pillar-40x12", press(Fixture.type("F"), Bundled.state(40, 12))),
        ]
    }
}
