import Glibc
import SummitModel
import Testing

@testable import SummitUI
@testable import summit_bench

/// Property test: random keys, pastes, resizes (0x0, 1x1, 300x100 among them) and mouse events drive the
/// reducer and the renderer; after every step the state and the frame must hold the invariants below.
/// A failure names its seed and step; `KeyStorm.run(seed:)` replays it exactly.
/// Size: `SUMMIT_KEY_STORM_STEPS` steps per seed over 10 seeds: 300 in a plain `swift test` (a few seconds in a
/// debug build); `.ci/run` runs the full 100,000 per seed in an optimised build (see docs/DECISIONS.md).
@Suite struct KeyStormTests {
    static let seeds: [UInt64] = [1, 2, 3, 5, 8, 13, 21, 34, 55, 0x5EED_CAFE]
    static let steps = Int(Environment.value("SUMMIT_KEY_STORM_STEPS") ?? "") ?? 300

    @Test(arguments: seeds)
    func keyStormKeepsEveryInvariant(seed: UInt64) {
        if let failure = KeyStorm.run(seed: seed, steps: Self.steps, index: Bundled.index) {
            Issue.record(
                "key storm seed \(seed) (replay: KeyStorm.run(seed: \(seed), steps: \(failure.step + 1))): \(failure.description)"
            )
        }
    }

    @Test func theCheckCatchesABrokenState() {
        // The invariants are not vacuous: a state scrolled past its rows, or a grid cell holding ESC, fails.
        var state = Bundled.state(80, 24)
        state.scroll[.positions] = 99
        #expect(!KeyStorm.problems(state, Renderer.render(state, Bundled.index), Bundled.index).isEmpty)
        var grid = Renderer.render(Bundled.state(80, 24), Bundled.index)
        grid[3, 3] = Cell("\u{1B}")
        #expect(KeyStorm.problems(Bundled.state(80, 24), grid, Bundled.index).contains { $0.contains("control") })
    }

    @Test func theSameSeedReplaysTheSameStorm() {
        var a = SeededRandom(state: 42)
        var b = SeededRandom(state: 42)
        let first = (0..<200).map { _ in KeyStorm.event(&a) }
        #expect(first == (0..<200).map { _ in KeyStorm.event(&b) })
    }
}

enum Environment {
    static func value(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
}

/// The benchmark's seeded generator (SplitMix64), the same on every platform, so a seed replays exactly.
typealias SeededRandom = SyntheticDataset.Generator
extension SyntheticDataset.Generator: RandomNumberGenerator {}

enum KeyStorm {
    struct Failure: CustomStringConvertible {
        let step: Int
        let event: InputEvent
        let problems: [String]
        var description: String { "step \(step), after \(event): " + problems.joined(separator: "; ") }
    }

    /// Sizes a terminal can have, hostile ones weighted in.
    static let sizes = [
        Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 300, height: 100),
        Size(width: 80, height: 24), Size(width: 29, height: 8), Size(width: 30, height: 8),
        Size(width: 70, height: 18), Size(width: 2, height: 40), Size(width: 200, height: 2),
    ]
    static let keys: [Key] = [
        .up, .down, .left, .right, .pageUp, .pageDown, .home, .end, .enter, .escape, .tab,
        .backTab, .backspace, .delete, .function(1), .function(12), .control("l"), .control("c"),
        .control("z"), .control("a"),
    ]
    /// Characters worth typing: every bound one, text, wide, combining, a flag, and unsafe ones a paste may hold.
    static let characters: [Character] =
        Array("/:?qsfcjkgG1234 poland ukrainetroops") + ["ü", "日", "e\u{301}", "🇺🇦", "👨‍👩‍👧", "\u{202E}", "\u{9B}"]
    static let pastes = [
        "poland", "troops\nk", String(repeating: "ukraine ", count: 200), "\u{1B}]0;pwned\u{7}", ":actor uk",
    ]

    static func event(_ random: inout SeededRandom) -> InputEvent {
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<3:
            if Bool.random(using: &random) { return .resize(sizes.randomElement(using: &random)!) }
            return .resize(
                Size(width: Int.random(in: 0...300, using: &random), height: Int.random(in: 0...100, using: &random)))
        case 3..<8:
            let action = [MouseEvent.Action.press, .wheelUp, .wheelDown].randomElement(using: &random)!
            return .mouse(
                MouseEvent(
                    action: action, x: Int.random(in: -2...302, using: &random),
                    y: Int.random(in: -2...102, using: &random)))
        case 8..<9: return .paste(pastes.randomElement(using: &random)!)
        case 9..<40: return .key(keys.randomElement(using: &random)!)
        default: return .key(.character(characters.randomElement(using: &random)!))
        }
    }

    /// Runs one storm; nil when every step kept every invariant.
    static func run(seed: UInt64, steps: Int, index: DatasetIndex) -> Failure? {
        var random = SeededRandom(state: seed)
        var state = ExplorerState(size: Size(width: 80, height: 24))
        state.normalize(index)
        for step in 0..<steps {
            let event = event(&random)
            // Quitting effects are the loop's business: the storm goes on with the state they leave.
            state = Reducer.reduce(state, KeyMap.standard.command(for: event, in: state.mode.kind), index).state
            let grid = Renderer.render(state, index)
            let found = problems(state, grid, index)
            if !found.isEmpty { return Failure(step: step, event: event, problems: found) }
        }
        return nil
    }

    /// Selection and scroll in range, lists equal to filtering afresh, the grid exactly the terminal's size,
    /// no control character in any cell, continuation cells only after a wide character, the cursor inside.
    static func problems(_ state: ExplorerState, _ grid: CellGrid, _ index: DatasetIndex) -> [String] {
        var out = StateCheck.problems(state, index)
        for pane in PaneID.lists {
            guard let kind = pane.kind else { continue }
            let fresh = state.effectiveChips.reduce(index.positions(of: kind)) { $1.apply($0, index) }.map(
                index.ref(at:))
            if Array(state.rows(of: pane, index)) != fresh { out.append("\(pane): rows differ from filtering afresh") }
        }
        if grid.size != state.size { out.append("grid \(grid.size) for a \(state.size) terminal") }
        if grid.cells.count != state.size.width * state.size.height {
            out.append("grid holds \(grid.cells.count) cells")
        }
        for (i, cell) in grid.cells.enumerated() {
            if cell.character.unicodeScalars.contains(where: SafeText.isUnsafe) {
                out.append("control character in cell \(i % max(1, grid.size.width)),\(i / max(1, grid.size.width))")
                break
            }
            if cell.isContinuation, i % grid.size.width == 0 || TextWidth.of(grid.cells[i - 1].character) != 2 {
                out.append("continuation without a wide character at \(i)")
                break
            }
        }
        if let cursor = grid.cursor,
            cursor.x < 0 || cursor.y < 0 || cursor.x >= grid.size.width || cursor.y >= grid.size.height
        {
            out.append("cursor \(cursor) outside the grid")
        }
        return out
    }
}
