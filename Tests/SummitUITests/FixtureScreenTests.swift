import Testing
@testable import SummitUI

// Whole screens, compared as text (trailing spaces trimmed). Checked by eye before being pinned here;
// to re-check after a deliberate change: SUMMIT_DUMP=/tmp/screens swift test --filter dumpScreens.
@Suite struct FixtureScreenTests {
    let screens = Dictionary(uniqueKeysWithValues: ScreenCatalogue.fixtureScreens())

    @Test func start80x24() {
        #expect(screens["start-80x24"] == """
         summit · Paris summit (fixture)
        ▶ Pillars 2 ────────────────────│  Detail Pillar 1 ─────────────────────────────
        ›1. Ceasefire monitoring        │ Pillar 1: Ceasefire monitoring
         2. Backing Ukraine’s army      │
                                        │ monitoring a ceasefire
                                        │
                                        │ From the article
                                        │ The declaration set out pillars: monitoring a
          Positions 3 ──────────────────│ ceasefire; backing Ukraine’s army.
        ›Poland   ✗ rules out           │
         Germany  + open                │ Linked
         Türkiye  ○ supports concept    │ Actors: Germany
                                        │ Quotes (1):
                                        │  • Buras: “The declaration is a step forward,”
                                        │
          Quotes 2 ─────────────────────│
        ›Buras: The declaration is a st…│
         Tusk: We will support logistic…│
                                        │
                                        │
                                        │
                                        │
                                        │
         Pillars 2 · Positions 3 · Quotes 2  / search ? help q quit Space link s source
        """)
    }

    @Test func start120x40() {
        #expect(screens["start-120x40"] == """
         summit · Paris summit (fixture)
        ▶ Pillars 2 ────────────────────────────────────│  Detail Pillar 1 ─────────────────────────────────────────────────────
        ›1. Ceasefire monitoring                        │ Pillar 1: Ceasefire monitoring
         2. Backing Ukraine’s army                      │
                                                        │ monitoring a ceasefire
                                                        │
                                                        │ From the article
                                                        │ The declaration set out pillars: monitoring a ceasefire; backing
                                                        │ Ukraine’s army.
                                                        │
                                                        │ Linked
                                                        │ Actors: Germany
                                                        │ Quotes (1):
          Positions 3 ──────────────────────────────────│  • Buras: “The declaration is a step forward,”
        ›Poland   ✗ rules out                           │
         Germany  + open                                │
         Türkiye  ○ supports concept                    │
                                                        │
                                                        │
                                                        │
                                                        │
                                                        │
                                                        │
                                                        │
                                                        │
          Quotes 2 ─────────────────────────────────────│
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
         Pillars 2 · Positions 3 · Quotes 2    / search ? help q quit Space link s source : command Enter detail Esc back m pin
        """)
    }

    @Test func start40x12() {
        #expect(screens["start-40x12"] == """
         summit · Paris summit (fixture)
        1 Pillars 2 Positions 3 Quotes 4 Detail
        ▶ Pillars 2 ────────────────────────────
        ›1. Ceasefire monitoring
         2. Backing Ukraine’s army






         Pil 2 · Pos 3 · Quo 2  / search ? help
        """)
    }

    @Test func searchPoland80x24() {
        #expect(screens["search-poland-80x24"] == """
         summit · Paris summit (fixture)
        ▶ Pillars 0/2 ──────────────────│  Detail Poland ───────────────────────────────
          nothing matches the filters   │ Poland · country
                                        │ Stance: ✗ rules out
                                        │ Why: Tusk rules it out.
                                        │ Also called: Warsaw
                                        │ • Logistics support
                                        │
          Positions 1/3 ────────────────│ From the article
        ›Poland  ✗ rules out            │ Poland will not send troops to Ukraine, Prime
                                        │ Minister Donald Tusk said.
                                        │
                                        │ Linked
                                        │ Pillars: Pillar 2
                                        │ People: Donald Tusk
          Quotes 1/2 ───────────────────│ Quotes (1):
        ›Tusk: We will support logistic…│  • Tusk: “We will support logistics.”
                                        │
                                        │
                                        │
                                        │
                                        │
                                        │
         /poland  Pillars 0/2 · Positions 1/3 · Quotes 1/2        Enter keep Esc cancel
        """)
    }

    @Test func detailPoland80x24() {
        #expect(screens["detail-poland-80x24"] == """
         summit · Paris summit (fixture)
          Pillars 2 ────────────────────│▶ Detail Poland ───────────────────────────────
        ›1. Ceasefire monitoring        │ Poland · country
         2. Backing Ukraine’s army      │ Stance: ✗ rules out
                                        │ Why: Tusk rules it out.
                                        │ Also called: Warsaw
                                        │ • Logistics support
                                        │
          Positions 3 ──────────────────│ From the article
        ›Poland   ✗ rules out           │ Poland will not send troops to Ukraine, Prime
         Germany  + open                │ Minister Donald Tusk said.
         Türkiye  ○ supports concept    │
                                        │ Linked
                                        │ Pillars: Pillar 2
                                        │ People: Donald Tusk
          Quotes 2 ─────────────────────│ Quotes (1):
        ›Buras: The declaration is a st…│  • Tusk: “We will support logistics.”
         Tusk: We will support logistic…│
                                        │
                                        │
                                        │
                                        │
                                        │
         Pillars 2 · Positions 3 · Quotes 2  / search ? help q quit Space link s source
        """)
    }

    @Test func sourcePoland80x24() {
        #expect(screens["source-poland-80x24"] == """
         Source: Paris talks — A. Writer, Test Outlet
         Leaders met in Paris on Tuesday. The declaration set out pillars: monitoring a
         ceasefire; backing Ukraine’s army.
         Poland will not send troops to Ukraine, Prime Minister Donald Tusk said.
         Germany is open to a role, said Friedrich Merz.
         “The declaration is a step forward,” said Piotr Buras. Tusk added: “We will
         support logistics.”
         Türkiye offered naval help, he told RTÉ News.















         Article, highlighting Poland                   ? help q quit s source Esc back
        """)
    }

    @Test func help80x24() {
        #expect(screens["help-80x24"] == """
         summit · Paris summit (fixture)
         ┌ Keys — Esc or ? closes, j/k scroll ────────────────────────────────────────┐
         │ Browsing                                                                   │
         │ Tab              Focus the next pane                                       │
         │ Shift-Tab        Focus the previous pane                                   │
         │ 1                Focus the Pillars pane                                    │
         │ 2                Focus the Positions pane                                  │
         │ 3                Focus the Quotes pane                                     │
         │ 4                Focus the Detail pane                                     │
         │ ↓ j              Move down one line                                        │
         │ ↑ k              Move up one line                                          │
         │ PgDn             Move down one page                                        │
         │ PgUp             Move up one page                                          │
         │ g Home           Go to the first line                                      │
         │ G End            Go to the last line                                       │
         │ Enter            Open the selected record in the Detail pane               │
         │ Esc              Go back: leave the Detail pane, help or source view       │
         │ /                Search all panes as you type                              │
         │ Space f          Filter other panes to records linked to the selected one  │
         │ Backspace        Drop the last filter chip                                 │
         │ c                Clear all filter chips                                    │
         │ :                Commands: :actor :stance :speaker :pillar :kind :pins     │
         └────────────────────────────────────────────────────────────────── 1–20/67 ─┘
         Pillars 2 · Positions 3 · Quotes 2                      ? help q quit Esc back
        """)
    }

    @Test func positionsTab40x12() {
        #expect(screens["positions-tab-40x12"] == """
         summit · Paris summit (fixture)
        1 Pillars 2 Positions 3 Quotes 4 Detail
        ▶ Positions 3 ──────────────────────────
        ›Poland   ✗ rules out
         Germany  + open
         Türkiye  ○ supports concept





         Pil 2 · Pos 3 · Quo 2  / search ? help
        """)
    }

    @Test func tooSmall20x5() {
        #expect(screens["too-small-20x5"] == """

        terminal too small:
        need 30x8, have 20x5


        """)
    }

}
