import SummitModel
import Testing

@testable import SummitUI

/// How far help scrolls is set by the help the loop's key map lays out, not by the standard table.
@Suite struct HelpScrollTests {
    let index = Bundled.index

    /// The standard table and eight more bindings: more help lines, so a larger scroll limit.
    static let longer = KeyMap(
        KeyMap.standard.bindings
            + (1...8).map {
                Binding(
                    [.key(.function($0))], .redraw, "redraw the screen, a binding only this table has (\($0))",
                    modes: [.browse])
            })

    /// The bottom rule of the help box ("└── 24–31/31 ─┘").
    func bottomRule(_ grid: CellGrid) throws -> String { try #require(grid.lines.last { $0.contains("└") }) }

    @Test(arguments: [Size(width: 80, height: 24), Size(width: 40, height: 12)])
    func theLoopsKeyMapSetsHowFarHelpScrolls(size: Size) throws {
        let standard = HelpBox(.standard, size: size)
        let longer = HelpBox(Self.longer, size: size)
        #expect(longer.lines.count > standard.lines.count)
        #expect(longer.maxScroll > standard.maxScroll)
        for keyMap in [KeyMap.standard, Self.longer] {
            let total = HelpBox(keyMap, size: size).lines.count
            let screen = ScriptedScreen(size: size, script: ScriptedScreen.keys("?G"))
            _ = ExplorerLoop(index: index, keyMap: keyMap).run(on: screen)
            // G goes to the end of this table's help: its last line at the bottom of the box.
            #expect(
                try bottomRule(screen.frames.last!).contains("–\(total)/\(total)"),
                "\(keyMap.bindings.count) bindings at \(size)")
        }
    }

    @Test func theReducerClampsToTheKeyMapItIsGiven() {
        let size = Size(width: 40, height: 12)
        for keyMap in [KeyMap.standard, Self.longer] {
            var s = ExplorerState(size: size)
            s.normalize(index, keyMap: keyMap)
            for command in [Command.help, .last] { s = Reducer.reduce(s, command, index, keyMap: keyMap).state }
            #expect(s.mode == .help(scroll: HelpBox(keyMap, size: size).maxScroll))
            // A smaller terminal clamps the scroll to the same table's new limit.
            s = Reducer.reduce(s, .resize(Size(width: 40, height: 30)), index, keyMap: keyMap).state
            #expect(s.mode == .help(scroll: HelpBox(keyMap, size: Size(width: 40, height: 30)).maxScroll))
        }
    }
}
