import SummitModel
import Testing

@testable import SummitUI

@Suite struct EveryCommandTests {
    let index = Bundled.index

    /// A state in the given mode with something selected and a chip set, so commands have work to do.
    func state(in mode: ModeKind, size: Size = Size(width: 80, height: 24)) -> ExplorerState {
        var s = Fixture.press(
            [.character("2"), .character("j"), .character("j"), .character("f")],
            from: Bundled.state(size.width, size.height), index: index)
        switch mode {
        case .browse: break
        case .search: s = Fixture.press([.character("/"), .character("u")], from: s, index: index)
        case .command: s = Fixture.press([.character(":"), .character("a")], from: s, index: index)
        case .help: s = Fixture.press([.character("?")], from: s, index: index)
        case .source: s = Fixture.press([.character("s")], from: s, index: index)
        case .present: s = Fixture.press([.character("p")], from: s, index: index)
        case .counts: s = Fixture.press([.character("F")], from: s, index: index)
        case .sourceSearch:
            s = Fixture.press([.character("s"), .character("/"), .character("u")], from: s, index: index)
        }
        #expect(s.mode.kind == mode)
        return s
    }

    @Test func everyBindingRunsInEveryModeItListsAndLeavesAValidState() {
        var names: Set<String> = []
        for binding in KeyMap.standard.bindings {
            for mode in binding.modes {
                for size in [Size(width: 80, height: 24), Size(width: 40, height: 12)] {
                    let before = state(in: mode, size: size)
                    let command = binding.keys.first.map { pattern -> Command in
                        if case .key(let key) = pattern { return KeyMap.standard.command(for: key, in: mode) }
                        return KeyMap.standard.command(for: .character("x"), in: mode)
                    }!
                    if case .unbound = command { Issue.record("\(binding.command.name) is not reachable in \(mode)") }
                    let after = Reducer.reduce(before, command, index).state
                    #expect(StateCheck.problems(after, index).isEmpty, "\(command.name) in \(mode) at \(size)")
                    #expect(Renderer.render(after, index).size == size)
                    names.insert(command.name)
                }
            }
        }
        #expect(names.count >= 30)
    }

    @Test func commandNamesAreUniqueAndKebabCase() {
        let names = KeyMap.standard.bindings.map(\.command.name)
        for name in names { #expect(name.allSatisfy { $0.isLowercase || $0 == "-" || $0.isNumber }, "\(name)") }
        // A name may be bound in several modes, never to two different commands.
        let byName = Dictionary(grouping: KeyMap.standard.bindings, by: \.command.name)
        for (name, rows) in byName { #expect(Set(rows.map(\.command)).count == 1, "\(name)") }
    }

    @Test func noKeyIsBoundTwiceInOneMode() {
        for mode in ModeKind.allCases {
            let keys = KeyMap.standard.bindings(in: mode).flatMap(\.keys)
            #expect(keys.count == Set(keys).count, "\(mode)")
        }
    }

    @Test(arguments: [
        (1, 1), (10, 3), (300, 100), (29, 8), (30, 8), (30, 7), (69, 17), (70, 18), (2, 40), (200, 2), (0, 0),
    ])
    func rendersAtHostileSizesInEveryMode(width: Int, height: Int) {
        let size = Size(width: width, height: height)
        for mode in ModeKind.allCases {
            var s = state(in: mode)
            s = Reducer.reduce(s, .resize(size), index).state
            for key in [Key.character("j"), .pageDown, .enter, .tab, .character("G")] {
                s = Reducer.reduce(s, KeyMap.standard.command(for: key, in: s.mode.kind), index).state
                let grid = Renderer.render(s, index)
                #expect(grid.size == size)
                #expect(grid.lines.count == height)
            }
        }
    }

    @Test func tooSmallSaysWhatItNeeds() {
        let grid = Renderer.render(Bundled.state(29, 20), index)
        #expect(
            grid.text.replacingOccurrences(of: "\n", with: " ").contains("terminal too small: need 30x8, have 29x20"))
    }
}
