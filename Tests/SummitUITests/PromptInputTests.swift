import SummitModel
import Testing

@testable import SummitUI

/// Nothing the user types freezes the explorer: a draft is capped, a paste or a burst is one edit, and
/// Ctrl-C or a hang-up waiting behind a flood of keys acts before any of it.
@Suite struct PromptInputTests {
    let index = Bundled.index
    let article = Bundled.index.dataset.source.text

    func searching(_ size: Size = Size(width: 100, height: 30)) -> ExplorerState {
        Reducer.reduce(Bundled.state(size.width, size.height), .searchStart, index).state
    }

    func draft(_ state: ExplorerState) -> String? {
        switch state.mode {
        case .search(let d), .command(let d, _): d.text
        default: nil
        }
    }

    @Test func aLongPasteIsCutAtTheLimitWithAMessageAndStaysAPrompt() throws {
        let text = String(repeating: article, count: 40)  // far over the limit, with line breaks inside
        let after = Reducer.reduce(searching(), .paste(text), index).state
        let d = try #require(draft(after))
        #expect(after.mode.kind == .search)  // a pasted line break did not press Enter
        #expect(d.unicodeScalars.count <= PromptText.limit)
        #expect(d.unicodeScalars.count > PromptText.limit - 10)
        #expect(!d.unicodeScalars.contains { $0.value < 0x20 })  // line breaks became spaces
        #expect(
            String(d.prefix(50))
                == String(article.prefix(50)).map { $0 == "\n" ? " " : $0 }.reduce(into: "") { $0.append($1) })
        let message = try #require(after.message)
        #expect(message.isError && message.text.contains("at most \(PromptText.limit) characters"))
        #expect(StateCheck.problems(after, index).isEmpty)
        // Once full, another key is refused with the same message, and the draft is unchanged.
        let more = Reducer.reduce(after, .insertText("x"), index).state
        #expect(draft(more) == d)
        #expect(more.message?.text.contains("1 not typed") == true)
    }

    @Test func aFloodOfCombiningMarksCannotSlipPastTheLimit() throws {
        let zalgo = "Z" + String(repeating: "\u{0301}", count: 5000) + "ok"
        let after = Reducer.reduce(searching(), .paste(zalgo), index).state
        let d = try #require(draft(after))
        #expect(d.unicodeScalars.count <= PromptText.limit)
        #expect(d == "")  // the one oversized character is dropped whole, and what follows it too
        #expect(after.message?.isError == true)
    }

    @Test func theCommandLineIsCappedToo() throws {
        let start = Reducer.reduce(Bundled.state(80, 24), .commandLine, index).state
        let after = Reducer.reduce(start, .paste(String(repeating: "actor ", count: 1000)), index).state
        #expect(try #require(draft(after)).unicodeScalars.count <= PromptText.limit)
        #expect(after.message?.isError == true)
    }

    @Test func aPasteIsTheSameEditAsTypingItsCharacters() {
        let text = "troops k"
        let pasted = Reducer.reduce(searching(), .paste(text), index).state
        #expect(draft(pasted) == text)
        let typed = text.reduce(searching()) { Reducer.reduce($0, .insertText($1), index).state }
        #expect(Renderer.render(pasted, index) == Renderer.render(typed, index))
    }

    @Test func aPasteOutsideAPromptDoesNothingButSaySo() {
        let state = Bundled.state(80, 24)
        let command = KeyMap.standard.command(for: .paste("poland"), in: .browse)
        #expect(command == .unbound("a paste"))
        let after = Reducer.reduce(state, command, index).state
        #expect(after.mode == .browse && after.chips.isEmpty)
    }

    @Test func aBurstOfCharactersInAPromptReachesTheReducerAsOnePaste() {
        let loop = ExplorerLoop(index: index)
        var burst: [InputEvent] = [.key(.character("/"))] + "poland".map { .key(.character($0)) } + [.key(.enter)]
        var position = 0
        var commands: [Command] = []
        var state = Bundled.state(80, 24)
        var pending: [Key] = []
        while position < burst.count {
            guard let command = loop.nextCommand(&burst, &position, mode: state.mode.kind, pending: &pending) else {
                continue
            }
            commands.append(command)
            state = Reducer.reduce(state, command, index).state
        }
        #expect(commands == [.searchStart, .paste("poland"), .searchAccept])
        #expect(state.chips == [.text("poland")])
    }

    @Test(arguments: [InputEvent.key(.control("c")), .hangup, .terminate])
    func anEndingWaitingBehindAFloodActsBeforeAnyOfIt(ending: InputEvent) {
        // 20,000 characters typed into the search, then the ending: the loop quits without reducing them
        // (the first frame is the only one painted).
        let flood: [InputEvent] = [.key(.character("/"))] + Array(repeating: .key(.character("a")), count: 20_000)
        let screen = FloodScreen(size: Size(width: 80, height: 24), script: flood + [ending])
        let status = ExplorerLoop(index: index).run(on: screen)
        #expect(
            status
                == [
                    InputEvent.key(.control("c")): Reducer.interruptedStatus, .hangup: Reducer.hangupStatus,
                    .terminate: Reducer.terminatedStatus,
                ][ending])
        #expect(screen.frames.count == 1)
    }

    @Test(arguments: [
        ("troops", "troop", true), ("troops k", "troops", true), ("troop", "troops", false),
        ("k troops", "troops", true), ("polan", "poland", false), ("ukraine poland", "land", true),
        ("", "a", false), ("a", "", true),
    ])
    func typingOnNarrowsAndDeletingDoesNot(narrower: String, wider: String, narrows: Bool) {
        #expect(DatasetIndex.query(narrower, narrows: wider) == narrows)
    }

    @Test func narrowingStaysExactOnLongPastes() {
        // Typing a long paste on, or deleting its last character, decides from the text alone.
        let words = article.split(separator: " ").prefix(3000).joined(separator: " ")
        #expect(DatasetIndex.query(words + "x", narrows: words))
        #expect(!DatasetIndex.query(String(words.dropLast(3)), narrows: words) || words.hasSuffix(" "))
    }
}

/// A screen whose whole script has already arrived, read in constant time per event.
final class FloodScreen: Screen {
    let size: Size
    private let script: [InputEvent]
    private var next = 0
    private(set) var frames: [CellGrid] = []
    init(size: Size, script: [InputEvent]) {
        self.size = size
        self.script = script
    }
    func paint(_ grid: CellGrid) { frames.append(grid) }
    func nextEvent() -> InputEvent { pendingEvent() ?? .hangup }
    func pendingEvent() -> InputEvent? {
        guard next < script.count else { return nil }
        defer { next += 1 }
        return script[next]
    }
    func suspend() {}
}

@Suite struct PromptTailTests {
    @Test func aLongDraftKeepsItsEndAndTheCursorOnScreen() {
        let index = Bundled.index
        var s = Reducer.reduce(Bundled.state(80, 24), .searchStart, index).state
        s = Reducer.reduce(s, .paste(String(repeating: "ukraine ", count: 30) + "poland"), index).state
        let grid = Renderer.render(s, index)
        let last = grid.lines[23]
        #expect(last.hasPrefix(" /…"))
        #expect(last.contains("poland"))
        #expect(grid.cursor.map { $0.x < 80 && $0.y == 23 } == true)
    }
}
