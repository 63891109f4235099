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
    ▶ Pillars 4 ────────────────────│  Detail Pillar 1 ─────────────────────────────
    ›1. Proposed ceasefire monitori…│ Pillar 1: Proposed ceasefire monitoring
     2. Backing for Ukraine’s milit…│ mechanism
     3. Pledges to respond to a new…│
     4. Assistance to Ukraine’s def…│ support for a proposed U.S.-led ceasefire
                                    │ monitoring mechanism
                                    │
      Positions 15 ─────────────────│ From the article
    ›France            ▲ plans      │ The 35-nation coalition, convened by France
     United Kingdom    ▲ plans      │ and Britain last year to prepare for a
     United States     ? unclear    │ post-ceasefire stabilization mission, issued
     Ukraine           ⌂ host       │ a declaration setting out five pillars:
     Russia            ⊘ opposes    │ support for a proposed U.S.-led ceasefire
     Germany           ✗ rules out  │ monitoring mechanism; immediate and long-term
      Quotes 15 ────────────────────│ backing for Ukraine’s military; binding
    ›The Paris gathering of the Coa…│ pledges to respond if Russia attacks again;
     Zelensky: good steps forward,  │ and assistance to Ukraine’s defense industry.
     Buras: The declaration and the…│
     Buras: But it doesn’t mean tha…│ Linked
     Gretskiy: Each time that Ukrai…│ Actors: Coalition of the Willing, France,
     Gretskiy: They’re trying to ra…│ United Kingdom, United States
     Witkoff: U.S. security guarant…│ Notes (4):
     Pillars 4 · Positions 15 · Quotes 15         / search ? help q quit Space link
    """

    @Test func bundledStart80x24() {
        #expect(screens["bundled-start-80x24"] == Self.start80x24)
    }

    @Test func bundledStart120x40() {
        #expect(screens["bundled-start-120x40"] == """
         summit · Paris declaration on security guarantees for Ukraine
        ▶ Pillars 4 ────────────────────────────────────│  Detail Pillar 1 ─────────────────────────────────────────────────────
        ›1. Proposed ceasefire monitoring mechanism     │ Pillar 1: Proposed ceasefire monitoring mechanism
         2. Backing for Ukraine’s military              │
         3. Pledges to respond to a new Russian attack  │ support for a proposed U.S.-led ceasefire monitoring mechanism
         4. Assistance to Ukraine’s defense industry    │
                                                        │ From the article
                                                        │ The 35-nation coalition, convened by France and Britain last year to
                                                        │ prepare for a post-ceasefire stabilization mission, issued a
                                                        │ declaration setting out five pillars: support for a proposed U.S.-led
                                                        │ ceasefire monitoring mechanism; immediate and long-term backing for
                                                        │ Ukraine’s military; binding pledges to respond if Russia attacks
                                                        │ again; and assistance to Ukraine’s defense industry.
          Positions 15 ─────────────────────────────────│
        ›France                    ▲ plans presence     │ Linked
         United Kingdom            ▲ plans presence     │ Actors: Coalition of the Willing, France, United Kingdom, United
         United States             ? unclear            │ States
         Ukraine                   ⌂ host               │ Notes (4):
         Russia                    ⊘ opposes            │  • The article announces “five pillars”, but the list that follows
         Germany                   ✗ rules out          │  has four clauses, separated by semicolons and closed by “and”. We
         Poland                    ✗ rules out          │  record the four and invent no fifth. One possible reading splits
         Italy                     ✗ rules out          │  “immediate and long-term backing for Ukraine’s military” into two
         Spain                     + open               │  pillars; the article does not say so.
         Sweden                    ○ supports concept   │  • Pillar 1 supports a “proposed U.S.-led ceasefire monitoring
         Denmark                   ○ supports concept   │  mechanism”; France and Britain would underpin “any multinational
          Quotes 15 ────────────────────────────────────│  monitoring mission”. The article does not say whether these are the
        ›The Paris gathering of the Coalition of the Wi…│  same thing.
         Zelensky: good steps forward,                  │  • The article never ties a country’s contribution, a quotation or a
         Buras: The declaration and the summit basicall…│  question to a numbered pillar. Every pillar link in this dataset is
         Buras: But it doesn’t mean that whatever they …│  our reading, made only where the wording makes it evident (e.g.
         Gretskiy: Each time that Ukraine, the United S…│  “monitoring mission” → pillar 1, “arms and supplies” → pillar 2, a
         Gretskiy: They’re trying to raise the stakes a…│  response to a new Russian attack → pillar 3).
         Witkoff: U.S. security guarantees would be the…│  • The closing summary names three things the declaration backs: “a
         Witkoff: deter any attacks                     │  monitoring mechanism, a deterrence framework and long-term military
         Witkoff: defend.                               │  and industrial support for Ukraine”. This does not map one-to-one
         Kushner: no one can carry out such an attack a…│  onto the four listed clauses; reading “deterrence framework” as
         Gretskiy: I’m not sure that the United States …│  pillar 3 is ours.
         Gretskiy: The U.S. is trying to make Ukraine a…│
         no attribution in the article: strategic enabl…│
         Pillars 4 · Positions 15 · Quotes 15  / search ? help q quit Space link s source : command Enter detail Esc back m pin
        """)
    }

    @Test func bundledStart40x12() {
        #expect(screens["bundled-start-40x12"] == """
         summit · Paris declaration on security…
        1 Pillars 2 Positions 3 Quotes 4 Detail
        ▶ Pillars 4 ────────────────────────────
        ›1. Proposed ceasefire monitoring mecha…
         2. Backing for Ukraine’s military
         3. Pledges to respond to a new Russian…
         4. Assistance to Ukraine’s defense ind…




         Pil 4 · Pos 15 · Quo 15         ? help
        """)
    }

    @Test func bundledSearchPoland80x24() {
        #expect(screens["bundled-search-poland-80x24"] == """
         summit · Paris declaration on security guarantees for Ukraine
        ▶ Pillars 0/4 ──────────────────│  Detail Poland ───────────────────────────────
          nothing matches the filters   │ Poland · country
                                        │ Stance: ✗ rules out
                                        │ Why: Interpretation. Poland “reiterated that
                                        │ it will not send troops to Ukraine”, and the
                                        │ article lists it among those that “continue
                                        │ to rule out deploying to Ukraine”.
          Positions 3/15 ───────────────│ Also called: Polish
         Russia   ⊘ opposes             │ • Offers to serve as the logistics backbone
         Germany  ✗ rules out           │ for arms and supplies, as it has since
        ›Poland   ✗ rules out           │ Russia’s full-scale invasion
                                        │ • The likely neighboring NATO country where
                                        │ German troops could deploy in a support role
                                        │
          Quotes 1/15 ──────────────────│ From the article
        ›Buras: very difficult for such…│ Poland reiterated that it will not send
                                        │ troops to Ukraine, offering instead to serve
                                        │ as the logistics backbone for arms and
                                        │ supplies, as it has since Russia’s full-scale
                                        │ invasion four years ago.
                                        │
                                        │ Linked
         /poland  Pillars 0/4 · Positions 3/15 · Quotes 1/15      Enter keep Esc cancel
        """)
    }

    @Test func bundledLinkedPoland120x40() {
        #expect(screens["bundled-linked-poland-120x40"] == """
         summit · Paris declaration on security guarantees for Ukraine                                                [↔ Poland]
          Pillars 1/4 ──────────────────────────────────│  Detail Poland ───────────────────────────────────────────────────────
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
                                                        │
        ▶ Positions 15 ─────────────────────────────────│ From the article
         France                    ▲ plans presence     │ Poland reiterated that it will not send troops to Ukraine, offering
         United Kingdom            ▲ plans presence     │ instead to serve as the logistics backbone for arms and supplies, as
         United States             ? unclear            │ it has since Russia’s full-scale invasion four years ago.
         Ukraine                   ⌂ host               │
         Russia                    ⊘ opposes            │ Linked
         Germany                   ✗ rules out          │ Pillars: Pillar 2
        ›Poland                    ✗ rules out          │ Quotes (1):
         Italy                     ✗ rules out          │  • Buras: “very difficult for such important European countries, like…
         Spain                     + open               │ Events (2):
         Sweden                    ○ supports concept   │  • Chancellor Friedrich Merz said German troops could deploy only to …
         Denmark                   ○ supports concept   │  • Poland reiterated that it will not send troops to Ukraine, offerin…
          Quotes 1/15 ──────────────────────────────────│ Notes (2):
        ›Buras: very difficult for such important Europ…│  • It is not clear which parts of the sentence are Merz’s words and
                                                        │  which are the article’s: “likely Poland”, “with any mission
                                                        │  requiring Bundestag approval” and “a vote that could pass despite
                                                        │  far-right AfD opposition” may each be either.
                                                        │  • “Warsaw” appears only in Buras’s title (“head of the Warsaw office
                                                        │  of the European Council on Foreign Relations”), not as a name for
                                                        │  the Polish government, so it is not an alias of Poland: searching
                                                        │  for Warsaw should find Buras, not suggest that Poland’s government
                                                        │  spoke.
                                                        │
                                                        │
                                                        │
                                                        │
         filter ↔ Poland — Backspace drops it, c clears all   / search ? help q quit Space link s source : command Enter detail
        """)
    }

    @Test func bundledQuoteDetail120x40() {
        #expect(screens["bundled-quote-detail-120x40"] == """
         summit · Paris declaration on security guarantees for Ukraine
          Pillars 4 ────────────────────────────────────│▶ Detail The Paris gathering of the Coalition of the Willing promised:…
        ›1. Proposed ceasefire monitoring mechanism     │ “concrete commitments to protect Ukraine.”
         2. Backing for Ukraine’s military              │ — The Paris gathering of the Coalition of the Willing promised
         3. Pledges to respond to a new Russian attack  │ Note: Attributed to “The Paris gathering of the Coalition of the
         4. Assistance to Ukraine’s defense industry    │ Willing”, not to a named person, so there is no speaker.
                                                        │
                                                        │ From the article
                                                        │ The Paris gathering of the Coalition of the Willing promised
                                                        │ “concrete commitments to protect Ukraine.”
                                                        │
                                                        │ Linked
                                                        │ Actors: Coalition of the Willing, Ukraine
          Positions 15 ─────────────────────────────────│ Notes (1):
        ›France                    ▲ plans presence     │  • Two quoted fragments have no named speaker: “concrete commitments
         United Kingdom            ▲ plans presence     │  to protect Ukraine.” is attributed to “The Paris gathering of the
         United States             ? unclear            │  Coalition of the Willing”, and “strategic enablers” is put in
         Ukraine                   ⌂ host               │  quotation marks within the article’s own analysis without saying
         Russia                    ⊘ opposes            │  whose term it is.
         Germany                   ✗ rules out          │
         Poland                    ✗ rules out          │
         Italy                     ✗ rules out          │
         Spain                     + open               │
         Sweden                    ○ supports concept   │
         Denmark                   ○ supports concept   │
          Quotes 15 ────────────────────────────────────│
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
         Pillars 4 · Positions 15 · Quotes 15  / search ? help q quit Space link s source : command Enter detail Esc back m pin
        """)
    }

    @Test func bundledSource80x24() {
        #expect(screens["bundled-source-80x24"] == """
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
         Article, highlighting Zelensky: “good steps forward,”   ? help q quit s source
        """)
    }

}
