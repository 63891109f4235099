import Foundation
import Testing

@testable import SummitUI

/// Key-script files (docs/key-scripts.md) and playing them in the loop: delays, comments, pausing.
@Suite struct KeyScriptFileTests {
    @Test func commentsWaitsAndDelays() throws {
        let file = try KeyScriptFile(
            parsing: """
                # a comment
                  # an indented comment
                jk<Wait 2>
                <Delay 0.1><Enter>x
                """)
        #expect(file.steps.map(\.key) == [.character("j"), .character("k"), .enter, .character("x")])
        #expect(file.steps.map(\.delayMilliseconds) == [700, 700, 2100, 100])
    }

    @Test func problemsNameTheLine() {
        for (text, line, words) in [
            ("jj\n<Bogus>", 2, "unknown key <Bogus>"), ("\n\n<Wait x>", 3, "needs a number"),
            ("<Enter", 1, "no closing"), ("<Wait 2", 1, "no closing"),
        ] {
            #expect(throws: KeyScriptFile.Problem.self) { try KeyScriptFile(parsing: text) }
            do { _ = try KeyScriptFile(parsing: text) } catch {
                #expect(error.line == line, "\(text)")
                #expect(error.message.contains(words), "\(error.message)")
            }
        }
    }

    @Test func theShippedDemoParsesAndTakesAboutAMinute() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../Resources/demo.keys")
        let file = try KeyScriptFile(parsing: String(contentsOf: url, encoding: .utf8))
        let seconds = file.steps.reduce(0) { $0 + $1.delayMilliseconds } / 1000
        #expect((45...80).contains(seconds))
        // It ends in the source view.
        #expect(file.steps.last?.key == .character("s"))
    }

    @Test func theLoopPlaysTheScriptAndAKeyPausesAndResumesIt() {
        // nil in the script: the time asked for passed. The script types "2j" then quits with q.
        let script = try! KeyScriptFile(parsing: "2jq")
        let screen = TimedScreen(
            size: Size(width: 80, height: 24),
            events: [nil, .key(.character("x")), .key(.character("x")), nil, nil])
        let status = ExplorerLoop(index: Bundled.index, playback: KeyPlayback(script, speed: 2)).run(on: screen)
        #expect(status == 0)
        // The first wait typed 2; x paused (the loop then waits for a key, not for time); x resumed; j, then q.
        #expect(screen.waits == [350, 350, 350, 350])
        #expect(screen.frames.count == 5)
        #expect(screen.frames[1] != screen.frames[0])
        #expect(screen.frames[2].text.contains("demo paused"))
        #expect(screen.frames[3].text.contains("demo resumed"))
        #expect(screen.events.isEmpty)
    }
}

/// A screen whose script says when time passes (nil) and records how long the loop asked to wait.
final class TimedScreen: Screen {
    var size: Size
    var events: [InputEvent?]
    private(set) var frames: [CellGrid] = []
    private(set) var waits: [Int] = []
    init(size: Size, events: [InputEvent?]) {
        self.size = size
        self.events = events
    }
    func paint(_ grid: CellGrid) { frames.append(grid) }
    func nextEvent() -> InputEvent { events.isEmpty ? .hangup : (events.removeFirst() ?? .hangup) }
    func nextEvent(milliseconds: Int) -> InputEvent? {
        waits.append(milliseconds)
        return events.isEmpty ? .hangup : events.removeFirst()
    }
    func suspend() {}
}
