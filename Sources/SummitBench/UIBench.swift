import Foundation
import SummitModel
import SummitUI

/// The explorer's cost per keystroke: reduce + render of each step of a typical session, at 100x30, then
/// one render at 300x100. What a user waits for between pressing a key and seeing the answer.
enum UIBench {
    static let steps: [(label: String, event: InputEvent)] =
        "/troops".map { ("key \($0 == "/" ? "/" : String($0))", InputEvent.key(.character($0))) } + [
            ("key Enter", .key(.enter)), ("key j", .key(.character("j"))),
            ("key Space (link)", .key(.character(" "))), ("key Backspace", .key(.backspace)),
            ("key s (open source view)", .key(.character("s"))), ("key j (source)", .key(.character("j"))),
            ("key PgDn (source)", .key(.pageDown)), ("key s (close source view)", .key(.character("s"))),
            ("resize 300x100", .resize(Size(width: 300, height: 100))),
        ]

    /// Typing a query letter by letter and deleting it again (Backspace finds kept results).
    static let typing: [(label: String, event: InputEvent)] =
        "/troops".map { ("type \($0)", InputEvent.key(.character($0))) }
        + (1...6).map { ("Backspace \($0)", InputEvent.key(.backspace)) }

    @MainActor static func run(_ index: DatasetIndex) {
        let keyMap = KeyMap.standard
        var state = time("ui: start state 100x30 (normalize)") { () -> ExplorerState in
            var s = ExplorerState(size: Size(width: 100, height: 30))
            s.normalize(index)
            return s
        }
        time("ui: first render") { Renderer.render(state, index, keyMap: keyMap) }
        var typingState = ExplorerState(size: Size(width: 120, height: 40))
        typingState.normalize(index)
        for (label, event) in typing {
            let command = keyMap.command(for: event, in: typingState.mode.kind)
            typingState = time("ui 120x40: \(label) reduce") { Reducer.reduce(typingState, command, index).state }
            time("ui 120x40: \(label) render", note: { (grid: CellGrid) in String(grid.lines.last!.prefix(60)) }) {
                Renderer.render(typingState, index, keyMap: keyMap)
            }
        }
        for (label, event) in steps {
            let command = keyMap.command(for: event, in: state.mode.kind)
            state = time("ui: \(label) reduce") { Reducer.reduce(state, command, index).state }
            time("ui: \(label) render", note: { (grid: CellGrid) in String(grid.lines.last!.prefix(60)) }) {
                Renderer.render(state, index, keyMap: keyMap)
            }
        }
    }
}
