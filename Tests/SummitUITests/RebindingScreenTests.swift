import SummitModel
import Testing

@testable import SummitUI

/// A rebound table (as a config file makes it) drives the keys, the help overlay, the status-bar hints and the
/// messages that name keys. Whole screens compared as text.
@Suite struct RebindingScreenTests {
    /// `[keys] quit = "x"; help = "F1"; move-down = ["n", "Down"]; filter-clear = "C"`.
    static let rebound = KeyMap.standard.rebinding([
        (command: "quit", keys: [.character("x")]), (command: "help", keys: [.function(1)]),
        (command: "move-down", keys: [.character("n"), .down]), (command: "filter-clear", keys: [.character("C")]),
    ])

    func run(_ script: [InputEvent], keyMap: KeyMap = rebound, size: Size = Size(width: 80, height: 24)) -> (
        ScriptedScreen, Int32
    ) {
        let screen = ScriptedScreen(size: size, script: script)
        let status = ExplorerLoop(index: Fixture.index, keyMap: keyMap).run(on: screen)
        return (screen, status)
    }

    @Test func theStatusBarHintsShowTheReboundKeys() {
        let (screen, _) = run([])
        #expect(
            screen.frames[0].text == """
                 summit · Paris summit (fixture)
                ▶ Pillars 2 ────────────────────│  Detail Pillar 1 ─────────────────────────────
                ›1. Ceasefire monitoring        │ Pillar 1: Ceasefire monitoring
                 2. Backing Ukraine’s army      │
                                                │ monitoring a ceasefire
                                                │ Reference: [pillar-1 ¶1]
                                                │
                                                │ From the article
                  Positions 3 ──────────────────│ The declaration set out pillars: monitoring a
                ›Poland   ✗ rules out           │ ceasefire; backing Ukraine’s army.
                 Germany  + open                │
                 Türkiye  ○ supports concept    │ Linked
                                                │ Actors (1):
                                                │  • Germany
                                                │ Quotes (1):
                  Quotes 2 ── 5 Fig 6 Eve 7 Que │  • Buras: “The declaration is a step forward,”
                ›Buras: The declaration is a st…│
                 Tusk: We will support logistic…│
                                                │
                                                │
                                                │
                                                │
                                                │
                 Pil 2 · Pos 3 · Quo 2    / search F1 help x quit Space link s source : command
                """)
    }

    @Test func theHelpOverlayListsTheReboundKeys() {
        let (screen, _) = run([.key(.function(1))])
        #expect(
            screen.frames[1].text == """
                 summit · Paris summit (fixture)
                 ┌ Keys — Esc or F1 closes, n/k scroll ───────────────────────────────────────┐
                 │ Browsing                                                                   │
                 │ Tab              Focus the next pane                                       │
                 │ Shift-Tab        Focus the previous pane                                   │
                 │ 1                Focus the Pillars pane                                    │
                 │ 2                Focus the Positions pane                                  │
                 │ 3                Focus the Quotes pane                                     │
                 │ 4                Focus the Detail pane                                     │
                 │ 5                Show and focus the Figures pane                           │
                 │ 6                Show and focus the Events pane                            │
                 │ 7                Show and focus the Questions pane                         │
                 │ n ↓              Move down one line                                        │
                 │ ↑ k              Move up one line                                          │
                 │ PgDn             Move down one page                                        │
                 │ PgUp             Move up one page                                          │
                 │ g Home           Go to the first line                                      │
                 │ G End            Go to the last line                                       │
                 │ Enter            Open the selected record in Detail; in Detail, follow the │
                 │                  selected link                                             │
                 │ Esc              Go back: leave the Detail pane, help, counts or source    │
                 │                  view                                                      │
                 └───────────────────────────────────────────────────────────────── 1–20/107 ─┘
                 Pil 2 · Pos 3 · Quo 2 · Fig 0 · Eve 0 · Que 0          F1 help x quit Esc back
                """)
    }

    @Test func theReboundKeysActAndTheOldOnesNoLonger() {
        let (screen, status) = run([
            .key(.character("n")), .key(.character("j")), .key(.character("q")), .key(.character("x")),
        ])
        #expect(status == 0, "x quits")
        #expect(screen.frames.count == 4, "n, j and q each painted a frame; x ended the loop")
        #expect(screen.frames[1].lines[3].hasPrefix("›2. Backing Ukraine’s army"), "n moved down")
        #expect(screen.frames[1].lines[1].contains("Detail Pillar 2"))
        #expect(
            screen.frames[2].lines[23]
                == " j does nothing here — press F1 for the keys            / search F1 help x quit ")
        #expect(
            screen.frames[3].lines[23]
                == " q does nothing here — press F1 for the keys            / search F1 help x quit ")
    }

    /// `first = ["g g", "Home"]`: g alone waits, a second g goes to the first line, g then another key is unbound.
    @Test func aSequenceRunsItsCommandInTheLoop() {
        let map = KeyMap.standard.rebinding([
            (command: "first", patterns: [.sequence([.character("g"), .character("g")]), .key(.home)])
        ])
        let (screen, _) = run(
            [
                .key(.character("j")), .key(.character("g")), .key(.character("g")), .key(.character("j")),
                .key(.character("g")), .key(.character("x")),
            ], keyMap: map)
        #expect(screen.frames.count == 7)
        #expect(screen.frames[1].lines[3].hasPrefix("›2."))
        #expect(screen.frames[2].text == screen.frames[1].text, "the first g waits for the next key")
        #expect(screen.frames[3].lines[2].hasPrefix("›1."), "g g went to the first line")
        #expect(screen.frames[6].lines[23].hasPrefix(" gx does nothing here"))
    }

    @Test func messagesNameTheReboundKeys() {
        let (screen, _) = run([.key(.character("f"))])
        #expect(
            screen.frames[1].lines[23]
                == " filter ↔ Pillar 1 — Backspace drops it, C clears all   / search F1 help x quit ")
    }
}
