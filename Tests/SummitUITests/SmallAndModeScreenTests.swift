import Testing
@testable import SummitUI

// Whole screens, compared as text (trailing spaces trimmed). Checked by eye before being pinned here;
// to re-check after a deliberate change: SUMMIT_DUMP=/tmp/screens swift test --filter dumpScreens.
@Suite struct SmallAndModeScreenTests {
    let screens = Dictionary(uniqueKeysWithValues: ScreenCatalogue.smallScreens())

    @Test func bundledHelp40x12() {
        #expect(screens["bundled-help-40x12"] == """
         summit · Paris declaration on security…
        ┌ Keys — Esc or ? closes, j/k scroll ──┐
        │ Browsing                             │
        │ Tab        Focus the next pane       │
        │ Shift-Tab  Focus the previous pane   │
        │ 1          Focus the Pillars pane    │
        │ 2          Focus the Positions pane  │
        │ 3          Focus the Quotes pane     │
        │ 4          Focus the Detail pane     │
        │ ↓ j        Move down one line        │
        └──────────────────────────── 1–8/102 ─┘
         Pil 4 · Pos 15 · Quo 15  ? help q quit
        """)
    }

    @Test func bundledSource40x12() {
        #expect(screens["bundled-source-40x12"] == """
         Source: Have the Paris talks strengthe…
         Ukraine nor Russia.

         France and Britain, the coalition’s
         co-founders, used the summit to
         outline tangible steps: establishing
         military hubs in Ukraine if a
         ceasefire is reached and constructing
         protective facilities for Ukrainian
         equipment. Paris and London are also
         positioned to provide
         Article, highlighting France    ? help
        """)
    }

    @Test func bundledCommandCompletion80x24() {
        // Typing a command leaves the panes as they were: only the bottom line changes.
        let panes = BundledScreenTests.start80x24.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        let commandLine = " :actor u   united-kingdom  united-states  ukraine       Tab complete Enter run"
        #expect(screens["bundled-command-completion-80x24"] == (panes + [commandLine[...]]).joined(separator: "\n"))
    }

    @Test func bundledDetailTab40x12() {
        #expect(screens["bundled-detail-tab-40x12"] == """
         summit · Paris declaration on security…
        1 Pillars 2 Positions 3 Quotes 4 Detail
        ▶ Detail The Paris gathering of the Coa…
         “concrete commitments to protect
         Ukraine.”
         — The Paris gathering of the Coalition
         of the Willing promised
         Note: Attributed to “The Paris
         gathering of the Coalition of the
         Willing”, not to a named person, so
         there is no speaker.
         Pil 4 · Pos 15 · Quo 15         ? help
        """)
    }

    @Test func bundledChipsOverflow80x24() {
        #expect(screens["bundled-chips-overflow-80x24"] == """
         summit · Pari… +1 [stance: rules out] [speaker: Buras] [kind: quotes] [/warsaw]
        ▶ Pillars 0/4 ──────────────────│  Detail ──────────────────────────────────────
          nothing matches the filters   │  nothing matches the filters
          Backspace drops one, c all    │
                                        │
                                        │
                                        │
                                        │
          Positions 0/15 ───────────────│
          nothing matches the filters   │
                                        │
                                        │
                                        │
                                        │
                                        │
          Quotes 0/15 ──────────────────│
          nothing matches the filters   │
                                        │
                                        │
                                        │
                                        │
                                        │
                                        │
         kept the filter /warsaw   / search ? help q quit Space link s source : command
        """)
    }

}
