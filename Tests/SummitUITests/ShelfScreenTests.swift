import Testing

@testable import SummitUI

// Whole screens of the lists that share the shelf, the figures chart and the facet counts, compared as text.
// To re-check after a deliberate change: SUMMIT_DUMP=/tmp/screens swift test --filter dumpScreens.
@Suite struct ShelfScreenTests {
    let screens = Dictionary(uniqueKeysWithValues: ScreenCatalogue.shelfScreens())

    /// A figure's Detail charts the figures that count the same thing: a range solid to its low end and shaded to its high end, each bar under its amount as printed.
    @Test func figureChart80x24() {
        #expect(
            screens["bundled-figure-chart-80x24"] == """
                 summit · Paris declaration on security guarantees for Ukraine
                  Pillars 4 ────────────────────│▶ Detail Force defense experts estim… 8–28/41 ─
                ›1. Proposed ceasefire monitori…│ 50,000–100,000 troops  Force defense experts …
                 2. Backing for Ukraine’s milit…│ ████████▋░░░░░░░░
                 3. Pledges to respond to a new…│ just over 70,000 full-time personnel  British…
                 4. Assistance to Ukraine’s def…│ ████████████▏
                                                │ more than 260,000 full-time personnel  French…
                                                │ █████████████████████████████████████████████
                  Positions 15 ────────── 1/15 ─│ 10,000–20,000 troops  Division France could p…
                ›France            ▲ plans      │ █▊░░
                 United Kingdom    ▲ plans      │ On the other figures charted:
                 United States     ? unclear    │  • The British figure counts “Britain’s
                 Ukraine           ⌂ host       │  army”; the French figure counts “full-time
                 Russia            ⊘ opposes    │  personnel” without naming a service, so the
                 Germany           ✗ rules out  │  two may not be comparable.
                  Figures 9 ────────────── 5/9 ─│ Reference: [figure-force-estimate ¶13]
                 35 nations  Nations in the coa…│
                 26 members  Coalition members …│ From the article
                 5 pillars  Pillars the declara…│ Defense experts estimate a force of 50,000 to
                 about 70 kilometers  Distance …│ 100,000 troops would be required to monitor
                ›50,000–100,000 troops  Force d…│ central Ukraine or parts of the east near the
                 just over 70,000 full-time per…│ current front.
                 more than 260,000 full-time pe…│
                 Pil 4 · Pos 15 · Fig 9    / search ? help q quit Space link s source : command
                """)
    }

    /// Under a locale without UTF-8 the chart draws with # and -.
    @Test func figureChartASCII80x24() {
        #expect(
            screens["bundled-figure-chart-ascii-80x24"] == """
                 summit · Paris declaration on security guarantees for Ukraine
                  Pillars 4 ────────────────────│▶ Detail Force defense experts estim… 8–28/41 ─
                ›1. Proposed ceasefire monitori…│ 50,000–100,000 troops  Force defense experts …
                 2. Backing for Ukraine’s milit…│ #########--------
                 3. Pledges to respond to a new…│ just over 70,000 full-time personnel  British…
                 4. Assistance to Ukraine’s def…│ ############
                                                │ more than 260,000 full-time personnel  French…
                                                │ #############################################
                  Positions 15 ────────── 1/15 ─│ 10,000–20,000 troops  Division France could p…
                ›France            ▲ plans      │ ##--
                 United Kingdom    ▲ plans      │ On the other figures charted:
                 United States     ? unclear    │  • The British figure counts “Britain’s
                 Ukraine           ⌂ host       │  army”; the French figure counts “full-time
                 Russia            ⊘ opposes    │  personnel” without naming a service, so the
                 Germany           ✗ rules out  │  two may not be comparable.
                  Figures 9 ────────────── 5/9 ─│ Reference: [figure-force-estimate ¶13]
                 35 nations  Nations in the coa…│
                 26 members  Coalition members …│ From the article
                 5 pillars  Pillars the declara…│ Defense experts estimate a force of 50,000 to
                 about 70 kilometers  Distance …│ 100,000 troops would be required to monitor
                ›50,000–100,000 troops  Force d…│ central Ukraine or parts of the east near the
                 just over 70,000 full-time per…│ current front.
                 more than 260,000 full-time pe…│
                 Pil 4 · Pos 15 · Fig 9    / search ? help q quit Space link s source : command
                """)
    }

    /// Events: a claim shows who makes it and who disputes it.
    @Test func events100x30() {
        #expect(
            screens["bundled-events-100x30"] == """
                 summit · Paris declaration on security guarantees for Ukraine
                  Pillars 4 ────────────────────────────│  Detail An alleged drone attack on President Vl… 1–27/38 ─
                ›1. Proposed ceasefire monitoring mecha…│ An alleged drone attack on President Vladimir Putin’s
                 2. Backing for Ukraine’s military      │ residence, which the Kremlin said the Friday strike
                 3. Pledges to respond to a new Russian…│ answered
                 4. Assistance to Ukraine’s defense ind…│ When: late-December
                                                        │ Status: claimed by Russia
                                                        │ Disputed by Ukraine: Ukrainian officials dismissed the
                                                        │ claim as false.
                                                        │ Disputed by United States: U.S. officials have said they
                  Positions 15 ────────────────── 1/15 ─│ do not believe Russia’s account based on intelligence.
                ›France                    ▲ plans      │ Reference: [event-alleged-drone-attack ¶8]
                 United Kingdom            ▲ plans      │
                 United States             ? unclear    │ From the article
                 Ukraine                   ⌂ host       │ The Kremlin said the strike answered an alleged
                 Russia                    ⊘ opposes    │ late-December drone attack on President Vladimir Putin’s
                 Germany                   ✗ rules out  │ residence.
                 Poland                    ✗ rules out  │
                 Italy                     ✗ rules out  │ Linked
                ▶ Events 16 ─ 3 Quo 5 Fig 7 Que  10/16 ─│ Actors (3):
                 France and Britain convened the 35-nat…│  • Russia
                 Twenty-six coalition members signaled …│  • Ukraine
                 Ireland said it could send peacekeeper…│  • United States
                 The coalition issued the Paris declara…│ Notes (2):
                 Special envoys Steve Witkoff and Jared…│  • The Kremlin’s claim is that the strike answered an
                 France and Britain used the summit to …│  “alleged late-December drone attack” on Putin’s
                 Russia warned that it would treat any …│  residence. Ukrainian officials “dismissed the claim as
                 Russia fired an Oreshnik hypersonic mi…│  false”; US officials “do not believe Russia’s account”.
                ›An alleged drone attack on President V…│  The article does not say which part of the claim each
                 Pil 4 · Pos 15 · Quo 15 · Fig 9 · Eve 16 · Que 7        / search ? help q quit Space link s source
                """)
    }

    /// In tabs the shelf is one tab, named by the list it shows.
    @Test func questions40x12() {
        #expect(
            screens["bundled-questions-40x12"] == """
                 summit · Paris declaration on security…
                1 Pil 2 Pos 7 Questions 4 Det
                ▶ Questions 7 ─────── 3 Quo 5 Fig 6 Eve
                ›Have the Paris talks strengthened Ukra…
                 Who would send how many troops, and ho…
                 What is the enforcement ladder?
                 How many troops, from which countries?
                 Under what mandate?
                 With what rules of engagement?
                 How far are the United States and Euro…

                 Questions 7     / search ? help q quit
                """)
    }

    /// /oreshnik: the shelf shows Quotes, which has no match, and says where the matches are.
    @Test func searchOreshnik80x24() {
        #expect(
            screens["bundled-search-oreshnik-80x24"] == """
                 summit · Paris declaration on security guarantees for Ukraine
                  Pillars 0/4 ──────────────────│  Detail Distance of the Oreshnik strike in th…
                  nothing matches the filters   │ about 70 kilometers
                                                │ Distance of the Oreshnik strike in the Lviv
                                                │ region from Poland’s border
                                                │ Note: Printed as “about 70 kilometers”.
                                                │ Reference: [figure-strike-distance ¶8]
                                                │
                  Positions 1/15 ───────────────│ From the article
                ›Russia  ⊘ opposes              │ On Friday, it fired an Oreshnik hypersonic
                                                │ missile at energy infrastructure in the Lviv
                                                │ region, about 70 kilometers from Poland’s
                                                │ border — an escalation more than a nod toward
                                                │ negotiation.
                                                │
                ▶ Figures 1/9 ─3 Quo 6 Eve 7 Que│
                ›about 70 kilometers  Distance …│
                                                │
                                                │
                                                │
                                                │
                                                │
                                                │
                 /oreshnik  Pil 0/4 · Pos 1/15 · Fig 1/9    Enter keep Esc cancel Ctrl-P recall
                """)
    }

    /// F on Positions: actors per stance.
    @Test func countsStance80x24() {
        #expect(
            screens["bundled-counts-stance-80x24"] == """
                 summit · Paris declaration on security guarantees for Ukraine





                     ┌ Counts: 15 positions, per stance — Enter filters, Esc closes ──────┐
                     │›3  ✗ rules out                                                     │
                     │ 2  ▲ plans presence                                                │
                     │ 2  ? unclear                                                       │
                     │ 2  + open                                                          │
                     │ 2  ○ supports concept                                              │
                     │ 1  ⌂ host                                                          │
                     │ 1  ⊘ opposes                                                       │
                     │ 1  ~ conditional                                                   │
                     │ 1  · n/a                                                           │
                     └────────────────────────────────────────────────────────────────────┘






                 Pil 4 · Pos 15 · Quo 15 · Fig 9 · Eve 16 · Que 7    Enter filter ? help q quit
                """)
    }

    /// F on Pillars: records of the other lists per pillar.
    @Test func countsPillar40x12() {
        #expect(
            screens["bundled-counts-pillar-40x12"] == """
                 summit · Paris declaration on security…


                ┌ Counts: records linked, per pillar —…┐
                │›7  Pillar 3: Pledges to respond to a…│
                │ 5  Pillar 2: Backing for Ukraine’s m…│
                │ 4  Pillar 1: Proposed ceasefire moni…│
                │ 2  Pillar 4: Assistance to Ukraine’s…│
                └──────────────────────────────────────┘


                 Pillars 4   Enter filter ? help q quit
                """)
    }
}
