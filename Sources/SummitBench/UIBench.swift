import SummitModel
import SummitUI

/// The explorer's cost per keystroke: reduce + render of a 120x40 frame for each key while a query is typed
/// letter by letter and deleted again. What a user waits for between pressing a key and seeing the answer
/// (painting, which ncurses does by difference, is left out).
enum UIBench {
    static let query = "troops"

    /// `/`, the query's letters, then one Backspace per letter.
    static let typing: [(label: String, event: InputEvent)] =
        [("/", InputEvent.key(.character("/")))]
        + query.map { (String($0), InputEvent.key(.character($0))) }
        + query.indices.map { _ in ("⌫", InputEvent.key(.backspace)) }

    /// One pass over `typing` from a fresh explorer; ms per key, in order. `statusAfterQuery` is the status line once
    /// the query is typed (the harness prints it, so a broken session shows).
    static func run(_ index: DatasetIndex) -> (milliseconds: [Double], statusAfterQuery: String) {
        let keyMap = KeyMap.standard
        var state = ExplorerState(size: Size(width: 120, height: 40))
        state.normalize(index)
        _ = Renderer.render(state, index, keyMap: keyMap)
        // The explorer starts the short-word lists after its first frame; typing is measured once they are built
        // (about 2 s after the panes at 1M records: docs/DECISIONS.md 73). Until then short words are checked.
        index.prepareShortWords()
        index.waitForShortWords()
        var times: [Double] = []
        var status = ""
        for (position, (_, event)) in typing.enumerated() {
            let command = keyMap.command(for: event, in: state.mode.kind)
            let (ms, grid) = Stopwatch.measure { () -> CellGrid in
                state = Reducer.reduce(state, command, index).state
                return Renderer.render(state, index, keyMap: keyMap)
            }
            times.append(ms)
            if position == query.count { status = String(grid.lines.last ?? "") }
        }
        return (times, status)
    }
}
