import SummitModel
import Testing

@testable import SummitUI

/// A `Screen` that plays a script of events and keeps every frame it is given.
final class ScriptedScreen: Screen {
    var size: Size
    private var script: [InputEvent]
    private(set) var frames: [CellGrid] = []
    private(set) var suspended = 0
    private(set) var invalidated = 0
    /// When true, the whole script counts as already typed: `pendingEvent` hands it over without a frame between.
    let burst: Bool

    init(size: Size, script: [InputEvent], burst: Bool = false) {
        self.size = size
        self.script = script
        self.burst = burst
    }

    func paint(_ grid: CellGrid) { frames.append(grid) }
    func nextEvent() -> InputEvent { script.isEmpty ? .hangup : script.removeFirst() }  // out of script = terminal gone
    func pendingEvent() -> InputEvent? { burst && !script.isEmpty ? script.removeFirst() : nil }
    func suspend() { suspended += 1 }
    func invalidate() { invalidated += 1 }

    /// A script of keys in `KeyScript` form.
    static func keys(_ script: String) -> [InputEvent] { (try! KeyScript.parse(script)).map { .key($0) } }
}

@Suite struct ExplorerLoopTests {
    let index = Bundled.index

    @Test func searchThenQuitPaintsEachStepAndExitsZero() {
        let screen = ScriptedScreen(size: Size(width: 80, height: 24), script: ScriptedScreen.keys("/poland<Enter>q"))
        let status = ExplorerLoop(index: index).run(on: screen)
        #expect(status == 0)
        #expect(screen.frames.count == 1 + 8)  // first paint, then one per key before q
        #expect(screen.frames.last!.lines[0].contains("[/poland]"))
        #expect(screen.frames[3].lines.last!.hasPrefix(" /po "))  // live: the draft after "/", "p", "o"
    }

    @Test(arguments: [
        "/troops<Enter>j<Space><BS>", "2jjjjjjf3/uk<BS><BS>rte<Enter>j", "/poland<Esc>:actor uk<Enter>?jj<Esc>v<Down>",
    ])
    func aBurstOfKeysEndsInTheStateOfOneKeyAtATime(script: String) {
        let size = Size(width: 100, height: 30)
        let events = ScriptedScreen.keys(script)
        let burst = ScriptedScreen(size: size, script: events, burst: true)
        let burstStatus = ExplorerLoop(index: index).run(on: burst)
        let stepped = ScriptedScreen(size: size, script: events)
        let steppedStatus = ExplorerLoop(index: index).run(on: stepped)
        // One frame at the start and one after the burst (then the script runs out: hang-up); no key lost.
        #expect(burst.frames.count == 2)
        #expect(stepped.frames.count > 2)
        #expect(burstStatus == steppedStatus)
        #expect(burst.frames.last! == stepped.frames.last!)
        // And the same state as reducing each key in turn.
        var state = ExplorerState(size: size)
        state.normalize(index)
        for event in events {
            state = Reducer.reduce(state, KeyMap.standard.command(for: event, in: state.mode.kind), index).state
        }
        #expect(Renderer.render(state, index) == burst.frames.last!)
    }

    @Test func effectsArePerformed() {
        let screen = ScriptedScreen(size: Size(width: 80, height: 24), script: ScriptedScreen.keys("<C-l><C-z><C-c>"))
        #expect(ExplorerLoop(index: index).run(on: screen) == 130)
        #expect(screen.invalidated == 1 && screen.suspended == 1)
    }

    @Test func resizeRepaintsAtTheNewSizeAndHangupEnds() {
        let screen = ScriptedScreen(
            size: Size(width: 120, height: 40),
            script: [.resize(Size(width: 40, height: 12)), .resize(Size(width: 10, height: 3))])
        #expect(ExplorerLoop(index: index).run(on: screen) == 129)
        #expect(
            screen.frames.map(\.size) == [
                Size(width: 120, height: 40), Size(width: 40, height: 12), Size(width: 10, height: 3),
            ])
        #expect(screen.frames[2].text.contains("too"))
    }

    @Test func crossFilterScript() {
        let screen = ScriptedScreen(size: Size(width: 120, height: 40), script: ScriptedScreen.keys("2jjjjjjf3q"))
        #expect(ExplorerLoop(index: index).run(on: screen) == 0)
        let last = screen.frames.last!
        #expect(last.lines[0].contains("[↔ Poland]"))
        #expect(last.text.contains("Quotes 1/15"))
    }
}

@Suite struct KeyScriptTests {
    @Test func parsesNamedAndPlainKeys() throws {
        #expect(
            try KeyScript.parse("/po<Enter><C-c><S-Tab><lt><Space><F5>") == [
                .character("/"), .character("p"), .character("o"), .enter, .control("c"), .backTab, .character("<"),
                .character(" "), .function(5),
            ])
        #expect(throws: KeyScript.ParseError.unknownKey("Nope")) { try KeyScript.parse("a<Nope>") }
        #expect(throws: KeyScript.ParseError.unclosed("<Enter")) { try KeyScript.parse("<Enter") }
    }

    @Test func textRoundTripsEveryBoundKey() throws {
        let keys = KeyMap.standard.bindings.flatMap(\.keys).compactMap { if case .key(let k) = $0 { k } else { nil } }
        #expect(try KeyScript.parse(KeyScript.text(keys)) == keys)
    }
}
