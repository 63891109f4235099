import Testing

@testable import SummitUI

// Whole screens, compared as text (trailing spaces trimmed). Checked by eye before being pinned here;
// to re-check after a deliberate change: SUMMIT_DUMP=/tmp/screens swift test --filter dumpScreens.
@Suite struct FixtureScreenTests {
    let screens = Dictionary(uniqueKeysWithValues: ScreenCatalogue.fixtureScreens())

    @Test func start80x24() {
        #expect(
            screens["start-80x24"] == """
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
                 Pil 2 · Pos 3 · Quo 2     / search ? help q quit Space link s source : command
                """)
    }

    @Test func start120x40() {
        #expect(
            screens["start-120x40"] == """
                 summit · Paris summit (fixture)
                ▶ Pillars 2 ────────────────────────────────────│  Detail Pillar 1 ─────────────────────────────────────────────────────
                ›1. Ceasefire monitoring                        │ Pillar 1: Ceasefire monitoring
                 2. Backing Ukraine’s army                      │
                                                                │ monitoring a ceasefire
                                                                │ Reference: [pillar-1 ¶1]
                                                                │
                                                                │ From the article
                                                                │ The declaration set out pillars: monitoring a ceasefire; backing
                                                                │ Ukraine’s army.
                                                                │
                                                                │ Linked
                                                                │ Actors (1):
                  Positions 3 ──────────────────────────────────│  • Germany
                ›Poland   ✗ rules out                           │ Quotes (1):
                 Germany  + open                                │  • Buras: “The declaration is a step forward,”
                 Türkiye  ○ supports concept                    │
                                                                │
                                                                │
                                                                │
                                                                │
                                                                │
                                                                │
                                                                │
                                                                │
                  Quotes 2 ────────────────── 5 Fig 6 Eve 7 Que │
                ›Buras: The declaration is a step forward,      │
                 Tusk: We will support logistics.               │
                                                                │
                                                                │
                                                                │
                                                                │
                                                                │
                                                                │
                                                                │
                                                                │
                                                                │
                                                                │
                                                                │
                 Pillars 2 · Positions 3 · Quotes 2 · Figures 0 · Events 0 · Questions 0     / search ? help q quit Space link s source
                """)
    }

    @Test func start40x12() {
        #expect(
            screens["start-40x12"] == """
                 summit · Paris summit (fixture)
                1 Pillars 2 Positions 3 Quotes 4 Detail
                ▶ Pillars 2 ────────────────────────────
                ›1. Ceasefire monitoring
                 2. Backing Ukraine’s army






                 Pillars 2       / search ? help q quit
                """)
    }

    @Test func searchPoland80x24() {
        #expect(
            screens["search-poland-80x24"] == """
                 summit · Paris summit (fixture)
                  Pillars 0/2 ──────────────────│  Detail Poland ───────────────────────────────
                  nothing matches the filters   │ Poland · country
                                                │ Stance: ✗ rules out
                                                │ Why: Tusk rules it out.
                                                │ Also called: Warsaw
                                                │ • Logistics support
                                                │ Reference: [poland ¶1]
                ▶ Positions 1/3 ────────────────│
                ›Poland  ✗ rules out            │ From the article
                                                │ Poland will not send troops to Ukraine, Prime
                                                │ Minister Donald Tusk said.
                                                │
                                                │ Linked
                                                │ Pillars (1):
                  Quotes 1/2 ──5 Fig 6 Eve 7 Que│  • Pillar 2
                ›Tusk: We will support logistic…│ People (1):
                                                │  • Donald Tusk
                                                │ Quotes (1):
                                                │  • Tusk: “We will support logistics.”
                                                │
                                                │
                                                │
                 /poland  Pil 0/2 · Pos 1/3 · Quo 1/2       Enter keep Esc cancel Ctrl-P recall
                """)
    }

    @Test func detailPoland80x24() {
        #expect(
            screens["detail-poland-80x24"] == """
                 summit · Paris summit (fixture)
                  Pillars 2 ────────────────────│▶ Detail Poland ───────────────────────────────
                ›1. Ceasefire monitoring        │ Poland · country
                 2. Backing Ukraine’s army      │ Stance: ✗ rules out
                                                │ Why: Tusk rules it out.
                                                │ Also called: Warsaw
                                                │ • Logistics support
                                                │ Reference: [poland ¶1]
                  Positions 3 ──────────────────│
                ›Poland   ✗ rules out           │ From the article
                 Germany  + open                │ Poland will not send troops to Ukraine, Prime
                 Türkiye  ○ supports concept    │ Minister Donald Tusk said.
                                                │
                                                │ Linked
                                                │ Pillars (1):
                  Quotes 2 ── 5 Fig 6 Eve 7 Que │  • Pillar 2
                ›Buras: The declaration is a st…│ People (1):
                 Tusk: We will support logistic…│  • Donald Tusk
                                                │ Quotes (1):
                                                │  • Tusk: “We will support logistics.”
                                                │
                                                │
                                                │
                 Pil 2 · Pos 3 · Quo 2     / search ? help q quit Space link s source : command
                """)
    }

    @Test func sourcePoland80x24() {
        #expect(
            screens["source-poland-80x24"] == """
                 Source: Paris talks — A. Writer, Test Outlet
                 Leaders met in Paris on Tuesday. The declaration set out pillars: monitoring a
                 ceasefire; backing Ukraine’s army.
                 Poland will not send troops to Ukraine, Prime Minister Donald Tusk said.
                 Germany is open to a role, said Friedrich Merz.
                 “The declaration is a step forward,” said Piotr Buras. Tusk added: “We will
                 support logistics.”
                 Türkiye offered naval help, he told RTÉ News.















                 Article, highlighting Poland          / search ? help q quit s source Esc back
                """)
    }

    @Test func help80x24() {
        #expect(
            screens["help-80x24"] == """
                 summit · Paris summit (fixture)
                 ┌ Keys — Esc or ? closes, j/k scroll ────────────────────────────────────────┐
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
                 │ ↓ j              Move down one line                                        │
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
                 Pil 2 · Pos 3 · Quo 2 · Fig 0 · Eve 0 · Que 0           ? help q quit Esc back
                """)
    }

    @Test func positionsTab40x12() {
        #expect(
            screens["positions-tab-40x12"] == """
                 summit · Paris summit (fixture)
                1 Pillars 2 Positions 3 Quotes 4 Detail
                ▶ Positions 3 ──────────────────────────
                ›Poland   ✗ rules out
                 Germany  + open
                 Türkiye  ○ supports concept





                 Positions 3     / search ? help q quit
                """)
    }

    @Test func tooSmall20x5() {
        #expect(
            screens["too-small-20x5"] == """

                terminal too small:
                need 30x8, have 20x5


                """)
    }

}
