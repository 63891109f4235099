import Testing

@testable import SummitUI

// Whole screens, compared as text (trailing spaces trimmed). Checked by eye before being pinned here;
// to re-check after a deliberate change: SUMMIT_DUMP=/tmp/screens swift test --filter dumpScreens.
@Suite struct SmallAndModeScreenTests {
    let screens = Dictionary(uniqueKeysWithValues: ScreenCatalogue.smallScreens())

    @Test func bundledHelp40x12() {
        #expect(
            screens["bundled-help-40x12"] == """
                 summit · Paris declaration on security…
                ┌ Keys — Esc or ? closes, j/k scroll ──┐
                │ Browsing                             │
                │ Tab        Focus the next pane       │
                │ Shift-Tab  Focus the previous pane   │
                │ 1          Focus the Pillars pane    │
                │ 2          Focus the Positions pane  │
                │ 3          Focus the Quotes pane     │
                │ 4          Focus the Detail pane     │
                │ 5          Show and focus the Figures│
                └──────────────────────────── 1–8/175 ─┘
                 Pillars 4       ? help q quit Esc back
                """)
    }

    @Test func bundledSource40x12() {
        #expect(
            screens["bundled-source-40x12"] == """
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
                 142–151/248 Article, highlig…   ? help
                """)
    }

    @Test func bundledCommandCompletion80x24() {
        // Typing a command leaves the panes as they were: only the bottom line changes.
        let panes = BundledScreenTests.start80x24.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        // Each value with how many records its chip keeps (decision 58).
        let commandLine = " :actor u   united-kingdom (6)  united-states (19)  ukraine (15)   Tab complete"
        #expect(screens["bundled-command-completion-80x24"] == (panes + [commandLine[...]]).joined(separator: "\n"))
    }

    @Test func bundledDetailTab40x12() {
        #expect(
            screens["bundled-detail-tab-40x12"] == """
                 summit · Paris declaration on security…
                1 Pillars 2 Positions 3 Quotes 4 Detail
                ▶ Detail The Paris gathering o… 1–8/28 ─
                 “concrete commitments to protect
                 Ukraine.”
                 — The Paris gathering of the Coalition
                 of the Willing promised
                 Note: Attributed to “The Paris
                 gathering of the Coalition of the
                 Willing”, not to a named person, so
                 there is no speaker.
                 Quotes 15       / search ? help q quit
                """)
    }

    @Test func bundledChipsOverflow80x24() {
        #expect(
            screens["bundled-chips-overflow-80x24"] == """
                 summit · Pari… +1 [stance: rules out] [speaker: Buras] [kind: quotes] [/warsaw]
                  Pillars 0/4 ──────────────────│  Detail ──────────────────────────────────────
                  nothing matches the filters   │  nothing matches the filters
                                                │
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
                ▶ Quotes 0/15 ─5 Fig 6 Eve 7 Que│
                  nothing matches the filters   │
                  Backspace drops one, c all    │
                                                │
                                                │
                                                │
                                                │
                                                │
                 kept the filter /warsaw   / search ? help q quit Space link s source : command
                """)
    }

}

/// Issue 8's screens: a followed link and its trail, the way back, `:goto` at 40x12.
@Suite struct LinkScreenTests {
    let screens = Dictionary(uniqueKeysWithValues: ScreenCatalogue.smallScreens())

    @Test func bundledFollowedLink80x24() {
        #expect(
            screens["bundled-followed-link-80x24"] == """
                 summit · Paris declaration on security guarantees for Ukraine
                  Pillars 4 ────────────────────│▶ Detail Pillar 1 › Coalition of th…  1–21/79 ─
                ›1. Proposed ceasefire monitori…│ Coalition of the Willing · coalition
                 2. Backing for Ukraine’s milit…│ Stance: · n/a
                 3. Pledges to respond to a new…│ Why: Interpretation. The coalition is the
                 4. Assistance to Ukraine’s def…│ body preparing the mission, not a
                                                │ troop-sending party itself; troop
                                                │ contributions would come from its members
                  Positions 15 ────────── 1/15 ─│ (“Twenty-six coalition members have
                ›France            ▲ plans      │ previously signaled readiness to contribute
                 United Kingdom    ▲ plans      │ personnel”). The article does not list the
                 United States     ? unclear    │ members.
                 Ukraine           ⌂ host       │ Also called: coalition, 35-nation coalition
                 Russia            ⊘ opposes    │ • Promised “concrete commitments to protect
                 Germany           ✗ rules out  │ Ukraine.” at the Paris gathering
                  Quotes 15 ───────────── 1/15 ─│ • Produced a sharper framework for security
                ›The Paris gathering of the Coa…│ guarantees and a clearer alignment between
                 Zelensky: good steps forward,  │ Europe and the United States, without troop
                 Buras: The declaration and the…│ numbers or an operational blueprint (the
                 Buras: But it doesn’t mean tha…│ article’s assessment)
                 Gretskiy: Each time that Ukrai…│ • Convened by France and Britain last year to
                 Gretskiy: They’re trying to ra…│ prepare for a post-ceasefire stabilization
                 Witkoff: U.S. security guarant…│ mission
                 opened Coalition of the Willing — [ goes back           / search ? help q quit
                """)
    }

    @Test func bundledTrailBack80x24() {
        #expect(
            screens["bundled-trail-back-80x24"] == """
                 summit · Paris declaration on security guarantees for Ukraine
                  Pillars 4 ────────────────────│▶ Detail Pillar 1 +1› ─────────────── 1–21/53 ─
                ›1. Proposed ceasefire monitori…│ Pillar 1: Proposed ceasefire monitoring
                 2. Backing for Ukraine’s milit…│ mechanism
                 3. Pledges to respond to a new…│
                 4. Assistance to Ukraine’s def…│ support for a proposed U.S.-led ceasefire
                                                │ monitoring mechanism
                                                │ Reference: [pillar-1 ¶4]
                  Positions 15 ────────── 1/15 ─│
                ›France            ▲ plans      │ From the article
                 United Kingdom    ▲ plans      │ The 35-nation coalition, convened by France
                 United States     ? unclear    │ and Britain last year to prepare for a
                 Ukraine           ⌂ host       │ post-ceasefire stabilization mission, issued
                 Russia            ⊘ opposes    │ a declaration setting out five pillars:
                 Germany           ✗ rules out  │ support for a proposed U.S.-led ceasefire
                  Quotes 15 ───────────── 1/15 ─│ monitoring mechanism; immediate and long-term
                ›The Paris gathering of the Coa…│ backing for Ukraine’s military; binding
                 Zelensky: good steps forward,  │ pledges to respond if Russia attacks again;
                 Buras: The declaration and the…│ and assistance to Ukraine’s defense industry.
                 Buras: But it doesn’t mean tha…│
                 Gretskiy: Each time that Ukrai…│ Linked
                 Gretskiy: They’re trying to ra…│ Actors (4):
                 Witkoff: U.S. security guarant…│  • Coalition of the Willing
                 back to Pillar 1          / search ? help q quit Space link s source : command
                """)
    }

    @Test func bundledGotoEvent40x12() {
        #expect(
            screens["bundled-goto-event-40x12"] == """
                 summit · Paris declaration on security…
                1 Pillars 2 Positions 3 Quotes 4 Detail
                ▶ Detail Pillar 1 › Russia … ── 1–8/31 ─
                 Russia fired an Oreshnik hypersonic
                 missile at energy infrastructure in
                 the Lviv region, about 70 kilometers
                 from Poland’s border
                 When: On Friday
                 Status: reported by the article
                 Reference: [event-oreshnik-strike ¶8]

                 [ goes back     / search ? help q quit
                """)
    }
}
