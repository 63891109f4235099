import Foundation
import SummitModel
import Testing

@testable import SummitUI

/// Slides of the bundled briefing as whole screens, at a terminal's 80x24 and a projector's 160x45. The text is the
/// same in every theme (themes map styles to colours in the terminal backend; `SlideThemeTests` checks each theme).
@Suite struct SlideScreenTests {
    let screens = Dictionary(uniqueKeysWithValues: SlideScreens.screens())

    @Test func pillar1At80x24() {
        #expect(
            screens["slide-pillar-1-80x24"] == """

                        █▀▄ ▀█▀ █   █   ▄▀▄ █▀▄    ▄█
                        █▀   █  █   █   █▀█ █▀▄     █
                        ▀   ▀▀▀ ▀▀▀ ▀▀▀ ▀ ▀ ▀ ▀    ▀▀▀

                        Proposed ceasefire monitoring mechanism
                        “support for a proposed U.S.-led ceasefire monitoring mechanism”

                        • France  ▲ plans presence
                        • United Kingdom  ▲ plans presence
                        • United States  ? unclear
                        • Coalition of the Willing  · n/a










                        [pillar-1 ¶4] [france ¶12] [united-kingdom ¶12] [united…  2 / 33
                        ━━──────────────────────────────────────────────────────────────
                """)
    }

    @Test func quoteBurasAt80x24() {
        #expect(
            screens["slide-quote-buras-80x24"] == """

                        ▀█▀ █▄ █    ▀█▀ █ █ █▀▀ ▀█▀ █▀▄    █   █ ▄▀▄ █▀▄ █▀▄ ▄▀▀
                         █  █ ▀█     █  █▀█ █▀   █  █▀▄    █▄▀▄█ █ █ █▀▄ █ █  ▀▄
                        ▀▀▀ ▀  ▀     ▀  ▀ ▀ ▀▀▀ ▀▀▀ ▀ ▀    ▀   ▀  ▀  ▀ ▀ ▀▀  ▀▀


                        “The declaration and the summit basically demonstrated that the

                        Europeans, but also in cooperation with the Americans, are

                        getting closer to a really common line on Ukraine,”



                        — Piotr Buras, head of the Warsaw office, European Council on

                        Foreign Relations





                        [quote-buras-1 ¶7]                                       19 / 33
                        ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━────────────────────────────
                """)
    }

    @Test func figuresAt80x24() {
        #expect(
            screens["slide-figures-80x24"] == """

                        ▀█▀ █ █ █▀▀    █▀▀ ▀█▀ ▄▀▀ █ █ █▀▄ █▀▀ ▄▀▀
                         █  █▀█ █▀     █▀   █  █ █ █ █ █▀▄ █▀   ▀▄
                         ▀  ▀ ▀ ▀▀▀    ▀   ▀▀▀  ▀▀ ▀▀▀ ▀ ▀ ▀▀▀ ▀▀

                        50,000–100,000 troops  Force defense experts estimate would be
                        required to monitor central Ukraine or parts of the east near
                        the current front
                        ████████████▎░░░░░░░░░░░░
                        just over 70,000 full-time personnel  British army full-time
                        personnel
                        █████████████████▎
                        more than 260,000 full-time personnel  French full-time
                        personnel
                        ████████████████████████████████████████████████████████████████
                        10,000–20,000 troops  Division France could plausibly deploy
                        ██▌░░

                        35 nations  Nations in the coalition
                        26 members  Coalition members that have signaled readiness to
                        contribute personnel

                        [figure-force-estimate ¶13] [figure-british-army ¶13] …  15 / 33
                        ━━━━━━━━━━━━━━━━━━━━━━━━━━━━────────────────────────────────────
                """)
    }

    @Test func titleAt80x24() {
        #expect(
            screens["slide-title-80x24"] == """

                        Paris declaration on security guarantees for Ukraine




                        “Have the Paris talks strengthened Ukraine’s long-term security
                        outlook?”

                        Paris summit yields a framework for Ukraine’s security — but not
                        the forces to back it

                        By Abdiwahab Ahmed, Axadle Times — Axadle Times
                        international–Monitoring.








                        → Space next · ← back · ? keys · q leaves                 1 / 33
                        ────────────────────────────────────────────────────────────────
                """)
    }

    @Test func pillar1At160x45() {
        #expect(
            screens["slide-pillar-1-160x45"] == """


                                ████    ██████  ██      ██        ██    ████            ██
                                ██  ██    ██    ██      ██      ██  ██  ██  ██        ████
                                ████      ██    ██      ██      ██████  ████            ██
                                ██        ██    ██      ██      ██  ██  ██  ██          ██
                                ██      ██████  ██████  ██████  ██  ██  ██  ██        ██████

                                Proposed ceasefire monitoring mechanism
                                “support for a proposed U.S.-led ceasefire monitoring mechanism”

                                • France  ▲ plans presence
                                • United Kingdom  ▲ plans presence
                                • United States  ? unclear
                                • Coalition of the Willing  · n/a



























                                [pillar-1 ¶4] [france ¶12] [united-kingdom ¶12] [united-states ¶6] [coalition-of-the-willing ¶3]                          2 / 26
                                ━━━━━───────────────────────────────────────────────────────────────────────────────────────────────────────────────────────────

                """)
    }

    @Test func figuresAt160x45() {
        #expect(
            screens["slide-figures-160x45"] == """


                                ██████  ██  ██  ██████        ██████  ██████    ████  ██  ██  ████    ██████    ████
                                  ██    ██  ██  ██            ██        ██    ██      ██  ██  ██  ██  ██      ██
                                  ██    ██████  ████          ████      ██    ██  ██  ██  ██  ████    ████      ██
                                  ██    ██  ██  ██            ██        ██    ██  ██  ██  ██  ██  ██  ██          ██
                                  ██    ██  ██  ██████        ██      ██████    ████  ██████  ██  ██  ██████  ████

                                50,000–100,000 troops  Force defense experts estimate would be required to monitor central Ukraine or parts of the east near the
                                current front
                                ████████████████████████▋░░░░░░░░░░░░░░░░░░░░░░░░
                                just over 70,000 full-time personnel  British army full-time personnel
                                ██████████████████████████████████▌
                                more than 260,000 full-time personnel  French full-time personnel
                                ████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████████
                                10,000–20,000 troops  Division France could plausibly deploy
                                ████▉░░░░░

                                35 nations  Nations in the coalition
                                26 members  Coalition members that have signaled readiness to contribute personnel
                                5 pillars  Pillars the declaration is said to set out
                                about 70 kilometers  Distance of the Oreshnik strike in the Lviv region from Poland’s border
                                4 years  Years since Russia’s full-scale invasion



















                                [figure-force-estimate ¶13] [figure-british-army ¶13] [figure-french-personnel ¶13] [figure-french-division ¶13] [figur…  9 / 26
                                ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━───────────────────────────────────────────────────────────────────────────────────────

                """)
    }

    @Test func readmeShowsTheFiguresSlideAsItIs() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../README.md")
        let readme = try String(contentsOf: url, encoding: .utf8)
        let slide = try #require(screens["slide-figures-80x24"])
        #expect(readme.contains("```\n" + slide + "\n```"), "README.md's slide differs from the figures slide at 80x24")
    }
}
