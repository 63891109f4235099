import Testing

@testable import SummitUI

// Whole screens, compared as text (trailing spaces trimmed). Checked by eye before being pinned here;
// to re-check after a deliberate change: SUMMIT_DUMP=/tmp/screens swift test --filter dumpScreens.
// These use the real bundled dataset: a deliberate data change means re-checking them.
@Suite struct BundledScreenTests {
    let screens = Dictionary(uniqueKeysWithValues: ScreenCatalogue.bundledScreens())

    /// The opening screen at 80x24. Command mode draws over its last line only, so
    /// SmallAndModeScreenTests checks the command line against these same panes.
    static let start80x24 = """
         summit · Paris declaration on security guarantees for Ukraine
        ▶ Pillars 4 ────────────────────│  Detail Pillar 1 ─────────────────── 1–21/53 ─
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
         Pil 4 · Pos 15 · Quo 15   / search ? help q quit Space link s source : command
        """

    @Test func bundledStart80x24() {
        #expect(screens["bundled-start-80x24"] == Self.start80x24)
    }

    @Test func bundledStart120x40() {
        #expect(
            screens["bundled-start-120x40"] == """
                 summit · Paris declaration on security guarantees for Ukraine
                ▶ Pillars 4 ────────────────────────────────────│  Detail Pillar 1 ─────────────────────────────────────────── 1–37/39 ─
                ›1. Proposed ceasefire monitoring mechanism     │ Pillar 1: Proposed ceasefire monitoring mechanism
                 2. Backing for Ukraine’s military              │
                 3. Pledges to respond to a new Russian attack  │ support for a proposed U.S.-led ceasefire monitoring mechanism
                 4. Assistance to Ukraine’s defense industry    │ Reference: [pillar-1 ¶4]
                                                                │
                                                                │ From the article
                                                                │ The 35-nation coalition, convened by France and Britain last year to
                                                                │ prepare for a post-ceasefire stabilization mission, issued a
                                                                │ declaration setting out five pillars: support for a proposed U.S.-led
                                                                │ ceasefire monitoring mechanism; immediate and long-term backing for
                                                                │ Ukraine’s military; binding pledges to respond if Russia attacks
                  Positions 15 ────────────────────────── 1/15 ─│ again; and assistance to Ukraine’s defense industry.
                ›France                    ▲ plans presence     │
                 United Kingdom            ▲ plans presence     │ Linked
                 United States             ? unclear            │ Actors (4):
                 Ukraine                   ⌂ host               │  • Coalition of the Willing
                 Russia                    ⊘ opposes            │  • France
                 Germany                   ✗ rules out          │  • United Kingdom
                 Poland                    ✗ rules out          │  • United States
                 Italy                     ✗ rules out          │ Notes (4):
                 Spain                     + open               │  • The article announces “five pillars”, but the list that follows
                 Sweden                    ○ supports concept   │  has four clauses, separated by semicolons and closed by “and”. We
                 Denmark                   ○ supports concept   │  record the four and invent no fifth. One possible reading splits
                  Quotes 15 ────────── 5 Fig 6 Eve 7 Que  1/15 ─│  “immediate and long-term backing for Ukraine’s military” into two
                ›The Paris gathering of the Coalition of the Wi…│  pillars; the article does not say so.
                 Zelensky: good steps forward,                  │  • Pillar 1 supports a “proposed U.S.-led ceasefire monitoring
                 Buras: The declaration and the summit basicall…│  mechanism”; France and Britain would underpin “any multinational
                 Buras: But it doesn’t mean that whatever they …│  monitoring mission”. The article does not say whether these are the
                 Gretskiy: Each time that Ukraine, the United S…│  same thing.
                 Gretskiy: They’re trying to raise the stakes a…│  • The article never ties a country’s contribution, a quotation or a
                 Witkoff: U.S. security guarantees would be the…│  question to a numbered pillar. Every pillar link in this dataset is
                 Witkoff: deter any attacks                     │  our reading, made only where the wording makes it evident (e.g.
                 Witkoff: defend.                               │  “monitoring mission” → pillar 1, “arms and supplies” → pillar 2, a
                 Kushner: no one can carry out such an attack a…│  response to a new Russian attack → pillar 3).
                 Gretskiy: I’m not sure that the United States …│  • The closing summary names three things the declaration backs: “a
                 Gretskiy: The U.S. is trying to make Ukraine a…│  monitoring mechanism, a deterrence framework and long-term military
                 no attribution in the article: strategic enabl…│  and industrial support for Ukraine”. This does not map one-to-one
                 Pil 4 · Pos 15 · Quo 15 · Fig 9 · Eve 16 · Que 7     / search ? help q quit Space link s source : command Enter detail
                """)
    }

    @Test func bundledStart40x12() {
        #expect(
            screens["bundled-start-40x12"] == """
                 summit · Paris declaration on security…
                1 Pillars 2 Positions 3 Quotes 4 Detail
                ▶ Pillars 4 ────────────────────────────
                ›1. Proposed ceasefire monitoring mecha…
                 2. Backing for Ukraine’s military
                 3. Pledges to respond to a new Russian…
                 4. Assistance to Ukraine’s defense ind…




                 Pillars 4       / search ? help q quit
                """)
    }

    @Test func bundledSearchPoland80x24() {
        #expect(
            screens["bundled-search-poland-80x24"] == """
                 summit · Paris declaration on security guarantees for Ukraine
                  Pillars 0/4 ──────────────────│  Detail Poland ───────────────────── 1–21/48 ─
                  nothing matches the filters   │ Poland · country
                                                │ Stance: ✗ rules out
                                                │ Why: Interpretation. Poland “reiterated that
                                                │ it will not send troops to Ukraine”, and the
                                                │ article lists it among those that “continue
                                                │ to rule out deploying to Ukraine”.
                ▶ Positions 3/15 ───────────────│ Also called: Polish
                 Russia   ⊘ opposes             │ • Offers to serve as the logistics backbone
                 Germany  ✗ rules out           │ for arms and supplies, as it has since
                ›Poland   ✗ rules out           │ Russia’s full-scale invasion
                                                │ • The likely neighboring NATO country where
                                                │ German troops could deploy in a support role
                                                │ Reference: [poland ¶14]
                  Quotes 1/15 ─5 Fig 6 Eve 7 Que│
                ›Buras: very difficult for such…│ From the article
                                                │ Poland reiterated that it will not send
                                                │ troops to Ukraine, offering instead to serve
                                                │ as the logistics backbone for arms and
                                                │ supplies, as it has since Russia’s full-scale
                                                │ invasion four years ago.
                                                │
                 /poland  Pil 0/4 · Pos 3/15 · Quo 1/15     Enter keep Esc cancel Ctrl-P recall
                """)
    }

    @Test func bundledLinkedPoland120x40() {
        #expect(
            screens["bundled-linked-poland-120x40"] == """
                 summit · Paris declaration on security guarantees for Ukraine                                                [↔ Poland]
                  Pillars 1/4 ──────────────────────────────────│  Detail Poland ───────────────────────────────────────────── 1–37/39 ─
                ›2. Backing for Ukraine’s military              │ Poland · country
                                                                │ Stance: ✗ rules out
                                                                │ Why: Interpretation. Poland “reiterated that it will not send troops
                                                                │ to Ukraine”, and the article lists it among those that “continue to
                                                                │ rule out deploying to Ukraine”.
                                                                │ Also called: Polish
                                                                │ • Offers to serve as the logistics backbone for arms and supplies, as
                                                                │ it has since Russia’s full-scale invasion
                                                                │ • The likely neighboring NATO country where German troops could
                                                                │ deploy in a support role
                                                                │ Reference: [poland ¶14]
                ▶ Positions 15 ────────────────────────── 7/15 ─│
                 France                    ▲ plans presence     │ From the article
                 United Kingdom            ▲ plans presence     │ Poland reiterated that it will not send troops to Ukraine, offering
                 United States             ? unclear            │ instead to serve as the logistics backbone for arms and supplies, as
                 Ukraine                   ⌂ host               │ it has since Russia’s full-scale invasion four years ago.
                 Russia                    ⊘ opposes            │
                 Germany                   ✗ rules out          │ Linked
                ›Poland                    ✗ rules out          │ Pillars (1):
                 Italy                     ✗ rules out          │  • Pillar 2
                 Spain                     + open               │ Quotes (1):
                 Sweden                    ○ supports concept   │  • Buras: “very difficult for such important European countries, like…
                 Denmark                   ○ supports concept   │ Events (2):
                  Quotes 1/15 ─────────────── 5 Fig 6 Eve 7 Que │  • Chancellor Friedrich Merz said German troops could deploy only to …
                ›Buras: very difficult for such important Europ…│  • Poland reiterated that it will not send troops to Ukraine, offerin…
                                                                │ Notes (3):
                                                                │  • It is not clear which parts of the sentence are Merz’s words and
                                                                │  which are the article’s: “likely Poland”, “with any mission
                                                                │  requiring Bundestag approval” and “a vote that could pass despite
                                                                │  far-right AfD opposition” may each be either.
                                                                │  • The article’s conclusion from the figures: even a French division
                                                                │  “still leaves a large shortfall if Germany, Poland and Italy
                                                                │  continue to rule out deploying to Ukraine”. It gives no size for the
                                                                │  shortfall.
                                                                │  • “Warsaw” appears only in Buras’s title (“head of the Warsaw office
                                                                │  of the European Council on Foreign Relations”), not as a name for
                                                                │  the Polish government, so it is not an alias of Poland: searching
                 filter ↔ Poland — Backspace drops it, c clears all   / search ? help q quit Space link s source : command Enter detail
                """)
    }

    @Test func bundledQuoteDetail120x40() {
        #expect(
            screens["bundled-quote-detail-120x40"] == """
                 summit · Paris declaration on security guarantees for Ukraine
                  Pillars 4 ────────────────────────────────────│▶ Detail The Paris gathering of the Coalition of the Willing promised:…
                ›1. Proposed ceasefire monitoring mechanism     │ “concrete commitments to protect Ukraine.”
                 2. Backing for Ukraine’s military              │ — The Paris gathering of the Coalition of the Willing promised
                 3. Pledges to respond to a new Russian attack  │ Note: Attributed to “The Paris gathering of the Coalition of the
                 4. Assistance to Ukraine’s defense industry    │ Willing”, not to a named person, so there is no speaker.
                                                                │ Reference: [quote-coalition-1 ¶3]
                                                                │
                                                                │ From the article
                                                                │ The Paris gathering of the Coalition of the Willing promised
                                                                │ “concrete commitments to protect Ukraine.”
                                                                │
                                                                │ Linked
                  Positions 15 ────────────────────────── 1/15 ─│ Actors (2):
                ›France                    ▲ plans presence     │  • Coalition of the Willing
                 United Kingdom            ▲ plans presence     │  • Ukraine
                 United States             ? unclear            │ Notes (1):
                 Ukraine                   ⌂ host               │  • Two quoted fragments have no named speaker: “concrete commitments
                 Russia                    ⊘ opposes            │  to protect Ukraine.” is attributed to “The Paris gathering of the
                 Germany                   ✗ rules out          │  Coalition of the Willing”, and “strategic enablers” is put in
                 Poland                    ✗ rules out          │  quotation marks within the article’s own analysis without saying
                 Italy                     ✗ rules out          │  whose term it is.
                 Spain                     + open               │
                 Sweden                    ○ supports concept   │
                 Denmark                   ○ supports concept   │
                  Quotes 15 ────────── 5 Fig 6 Eve 7 Que  1/15 ─│
                ›The Paris gathering of the Coalition of the Wi…│
                 Zelensky: good steps forward,                  │
                 Buras: The declaration and the summit basicall…│
                 Buras: But it doesn’t mean that whatever they …│
                 Gretskiy: Each time that Ukraine, the United S…│
                 Gretskiy: They’re trying to raise the stakes a…│
                 Witkoff: U.S. security guarantees would be the…│
                 Witkoff: deter any attacks                     │
                 Witkoff: defend.                               │
                 Kushner: no one can carry out such an attack a…│
                 Gretskiy: I’m not sure that the United States …│
                 Gretskiy: The U.S. is trying to make Ukraine a…│
                 no attribution in the article: strategic enabl…│
                 Pil 4 · Pos 15 · Quo 15 · Fig 9 · Eve 16 · Que 7     / search ? help q quit Space link s source : command Enter detail
                """)
    }

    @Test func bundledSource80x24() {
        #expect(
            screens["bundled-source-80x24"] == """
                 Source: Have the Paris talks strengthened Ukraine’s long-term security outlook…
                 Ukrainian soil after a truce.

                 Ukrainian President Volodymyr Zelensky welcomed “good steps forward,” even as
                 key metrics went unspoken. Twenty-six coalition members have previously
                 signaled readiness to contribute personnel to land, sea, or air components of
                 a future mission, though few appear willing to deploy inside Ukraine. Ireland
                 has said it could send peacekeepers as part of any United Nations-mandated
                 operation.

                 In geopolitical terms, U.S. participation was the summit’s most consequential
                 signal. The presence of special envoys Steve Witkoff and Jared Kushner —
                 tasked by President Donald Trump with pressing Moscow toward a ceasefire — and
                 the attendance of Gen. Alexus Grynkewich, the top U.S. commander in Europe,
                 underscored Washington’s role in shaping the security architecture around
                 Ukraine.

                 “The declaration and the summit basically demonstrated that the Europeans, but
                 also in cooperation with the Americans, are getting closer to a really common
                 line on Ukraine,” said Piotr Buras, head of the Warsaw office of the European
                 Council on Foreign Relations. “But it doesn’t mean that whatever they have
                 agreed upon will be put in practice, because all this depends on Russia’s
                 willingness to sign up to a deal,” he told RTÉ News.
                 19–40/131 Article, highlighting Zelensky: “good steps forward,”         ? help
                """)
    }

}
