import SummitModel
import Testing

@testable import SummitUI

/// The presentation's keys, its layout on resize, auto-advance, and the explorer keys that lead to it (p, z).
@Suite struct PresentTests {
    let index = Bundled.index

    func presenting(_ width: Int = 80, _ height: Int = 24, auto: Double? = nil) -> ExplorerState {
        var s = ExplorerState(size: Size(width: width, height: height))
        s.mode = .present(
            Presentation(outline: BriefingOutline(index), index, size: s.size, standalone: true, autoSeconds: auto))
        s.normalize(index)
        return s
    }

    func p(_ s: ExplorerState) -> Presentation {
        if case .present(let p) = s.mode { return p }
        if case .present(let p) = s.modeUnderHelp { return p }
        Issue.record("not presenting: \(s.mode)")
        return Presentation(
            outline: BriefingOutline(sections: [BriefingSection(kind: .closing, heading: "x")]), index,
            size: s.size, standalone: true)
    }

    func press(_ script: String, _ s: ExplorerState) -> ExplorerState {
        Fixture.press(try! KeyScript.parse(script), from: s, index: index)
    }

    @Test func nextPreviousFirstLastAndJump() {
        let s = presenting()
        let count = p(s).count
        #expect(count > 20)
        #expect(p(press("<Right><Space>n<PgDn>", s)).page == 4)
        #expect(p(press("<Right><Right><Left>", s)).page == 1)
        #expect(p(press("<Left>", s)).page == 0)
        #expect(p(press("<End>", s)).page == count - 1)
        #expect(p(press("<End><Right>", s)).page == count - 1)
        #expect(p(press("<End><Home>", s)).page == 0)
        #expect(p(press("12<Enter>", s)).page == 11)
        let typed = press("12", s)
        #expect(Renderer.render(typed, index).text.contains("go to 12"))
        let beyond = press("999<Enter>", s)
        #expect(p(beyond).page == 0)
        #expect(beyond.message?.text == "no slide 999: there are \(count)")
    }

    @Test func theWheelTurnsSlidesAndAClickLeavesTheExplorerAlone() {
        let explorer = Bundled.state(80, 24)
        var s = press("p", explorer)
        let start = p(s).page
        s = Reducer.reduce(s, .mouse(MouseEvent(action: .wheelDown, x: 10, y: 10)), index).state
        #expect(p(s).page == start + 1)
        s = Reducer.reduce(s, .mouse(MouseEvent(action: .wheelUp, x: 10, y: 10)), index).state
        #expect(p(s).page == start)
        s = Reducer.reduce(s, .mouse(MouseEvent(action: .press, x: 2, y: 5)), index).state
        #expect(Reducer.reduce(s, .presentLeave, index).state == explorer)
    }

    @Test func blankShowsNothingAndComesBack() {
        let blank = press("<Right>b", presenting())
        #expect(Renderer.render(blank, index).text.allSatisfy { $0 == "\n" })
        #expect(p(press("b", blank)).page == 1)
        #expect(!Renderer.render(press("b", blank), index).text.isEmpty)
        // Any slide key first brings the slide back, without moving on.
        #expect(p(press("<Right>", blank)).page == 1)
        #expect(!p(press("<Right>", blank)).blank)
    }

    @Test func qLeavesSummitPresentButReturnsToTheExplorer() {
        let standalone = Reducer.reduce(presenting(), .presentLeave, index)
        #expect(standalone.effect == .quit(status: 0))
        var explorer = Fixture.press(
            [.character("2"), .character("j"), .character("j")], from: Bundled.state(80, 24), index: index)
        let before = explorer
        explorer = press("p", explorer)
        #expect(explorer.mode.kind == .present)
        let back = Reducer.reduce(press("<Right><Right>", explorer), .presentLeave, index)
        #expect(back.effect == nil)
        #expect(back.state == before)
    }

    @Test func pPresentsFromTheSelectedRecord() throws {
        let explorer = Fixture.press(
            [.character("2"), .character("j"), .character("j")], from: Bundled.state(80, 24), index: index)
        let selected = try #require(explorer.selectedRef(of: .positions, index))
        let shown = p(press("p", explorer))
        #expect(shown.section.kind == .offers)
        let item = shown.section.items.firstIndex(of: selected)
        #expect(item.map(shown.current.items.contains) == true)
        #expect(Renderer.render(press("p", explorer), index).text.contains("[\(selected.id) ¶"))
    }

    @Test func pWithAConfiguredDelayStartsPausedAndAStartsIt() {
        var explorer = Bundled.state(80, 24)
        #expect(press("pa", explorer).tickMilliseconds == nil, "no delay: a has nothing to run")
        explorer.presentationDelay = 5
        let shown = press("p", explorer)
        #expect(shown.tickMilliseconds == nil)
        #expect(Renderer.render(shown, index).text.contains("auto paused (a)"))
        #expect(press("a", shown).tickMilliseconds == 5000)
    }

    @Test func underAPinsChipPPresentsThePinsAlone() {
        // Pin Poland (positions, third row) and the first quote, then show only pins and present.
        var s = press("2jjm3m:pins<Enter>", Bundled.state(100, 30))
        #expect(s.pins.count == 2)
        s = press("p", s)
        #expect(p(s).outline.sections.map(\.kind) == [.title, .offers, .quote, .closing])
        #expect(p(s).outline.sections.flatMap(\.refs) == s.pins.refs)
        // Without the chip, the whole briefing.
        #expect(p(press("c2p", s.mode.kind == .present ? press("q", s) : s)).outline == BriefingOutline(index))
    }

    @Test func resizeKeepsTheSlide() throws {
        var s = presenting(80, 24)
        let germany = RecordRef(kind: .actor, id: "germany")
        let page = try #require(p(s).deck.page(showing: germany, in: p(s).outline))
        s = press("\(page + 1)<Enter>", s)
        #expect(p(s).section.kind == .offers)
        for size in [
            Size(width: 160, height: 45), Size(width: 200, height: 56), Size(width: 80, height: 24),
            Size(width: 100, height: 30),
        ] {
            let before = p(s)
            let first = before.section.items[before.current.items.lowerBound]
            s = Reducer.reduce(s, .resize(size), index).state
            let shown = p(s)
            #expect(shown.deck.size == size)
            #expect(shown.current.section == before.current.section, "\(size)")
            // The record at the top of the slide is still on it.
            #expect(Renderer.render(s, index).text.contains("[\(first.id) ¶"), "\(size)")
        }
        // Fewer, fuller slides on a projector.
        #expect(
            SlideDeck(BriefingOutline(index), index, size: Size(width: 160, height: 45)).pages.count
                < p(presenting(80, 24)).count)
    }

    @Test func autoAdvanceTicksAndAnyKeyPauses() {
        var s = presenting(auto: 5)
        #expect(s.tickMilliseconds == 5000)
        s = Reducer.reduce(s, .tick, index).state
        #expect(p(s).page == 1)
        s = press("<Right>", s)
        #expect(p(s).page == 2)
        #expect(s.tickMilliseconds == nil)
        #expect(Renderer.render(s, index).text.contains("auto paused (a)"))
        s = Reducer.reduce(s, .tick, index).state
        #expect(p(s).page == 2)
        s = press("a", s)
        #expect(s.tickMilliseconds == 5000)
        s = press("<End>a", s)
        s = Reducer.reduce(s, .tick, index).state
        #expect(p(s).page == p(s).count - 1)
        #expect(!p(s).autoRunning)
        // Without --auto, a says how to get it, and nothing ticks.
        let plain = press("a", presenting())
        #expect(plain.message?.isError == true)
        #expect(plain.tickMilliseconds == nil)
    }

    @Test func helpListsThePresentationKeysAndGoesBackToTheSlide() {
        let s = press("<Right>?", presenting())
        let text = Renderer.render(s, index).text
        #expect(text.contains("Next slide"))
        #expect(text.contains("Blank the screen"))
        #expect(!text.contains("Focus the next pane"))
        #expect(!text.contains("Browsing"))
        #expect(text.contains("Presenting"))
        let back = press("?", s)
        #expect(back.mode.kind == .present)
        #expect(p(back).page == 1)
    }

    @Test func zoomShowsTheFocusedPaneAloneWithoutChrome() {
        let start = Bundled.state(80, 24)
        let zoomed = press("2z", start)
        let lines = Renderer.render(zoomed, index).lines
        #expect(!lines[0].contains("summit ·"))
        #expect(lines[0].contains("Positions"))
        #expect(!lines.joined().contains("Pillars"))
        #expect(!lines.last!.contains("? help"))
        #expect(!press("<Esc>", zoomed).zoomed)
        #expect(!press("z", zoomed).zoomed)
        #expect(Renderer.render(press("<Esc>", zoomed), index) == Renderer.render(press("2", start), index))
    }

    @Test func slidesStayInsideTheScreenAtEverySize() {
        for (w, h) in [
            (30, 10), (29, 10), (30, 9), (50, 14), (80, 24), (120, 30), (160, 45), (200, 56), (1, 1), (0, 0),
        ] {
            var s = presenting(max(w, 0), max(h, 0))
            for _ in 0..<p(s).count {
                let grid = Renderer.render(s, index)
                #expect(grid.size == Size(width: w, height: h))
                if w < 30 || h < 10, w >= 20, h >= 3 { #expect(grid.text.contains("too small")) }
                s = press("<Right>", s)
            }
        }
    }

    @Test func aSlideBuildsTheSameItemsAsItsWholeSection() {
        for size in [Size(width: 80, height: 24), Size(width: 160, height: 45)] {
            let outline = BriefingOutline(index)
            let deck = SlideDeck(outline, index, size: size)
            for page in deck.pages {
                let section = outline.sections[page.section]
                let width = SlideFrame(size: size, heading: section.heading).width
                let whole = SlideContent.items(section, index, width: width)
                #expect(
                    SlideContent.items(section, index, width: width, range: page.items) == Array(whole[page.items]),
                    "\(section.kind) \(page.items) at \(size)")
            }
        }
    }

    @Test func hostileDatasetTextIsShownNotObeyed() {
        let hostile = "\u{1B}]52;c;cGF5bG9hZA==\u{07}evil\u{9B}31m"
        let d = Fixture.dataset
        let dataset = Dataset(
            title: hostile,
            source: Source(
                title: hostile, standfirst: hostile, author: "A", outlet: "O",
                credit: nil, text: d.source.text),
            pillars: d.pillars, actors: d.actors, people: d.people, quotes: d.quotes)
        let index = DatasetIndex(dataset)
        var s = ExplorerState(size: Size(width: 80, height: 24))
        s.mode = .present(Presentation(outline: BriefingOutline(index), index, size: s.size, standalone: true))
        for _ in 0..<8 {
            let grid = Renderer.render(s, index)
            for cell in grid.cells { #expect(!cell.character.unicodeScalars.contains(where: SafeText.isUnsafe)) }
            s = Fixture.press([.right], from: s, index: index)
        }
    }
}

@Suite struct BlockLetterTests {
    @Test func lettersAreThreeRowsOrFiveAtDoubleScale() throws {
        let small = try #require(BlockLetters.rows("Pillar 1", scale: 1))
        #expect(small.count == 3)
        #expect(
            small == [
                "█▀▄ ▀█▀ █   █   ▄▀▄ █▀▄    ▄█ ", "█▀   █  █   █   █▀█ █▀▄     █ ", "▀   ▀▀▀ ▀▀▀ ▀▀▀ ▀ ▀ ▀ ▀    ▀▀▀",
            ])
        let big = try #require(BlockLetters.rows("T", scale: 2))
        #expect(big == ["██████", "  ██  ", "  ██  ", "  ██  ", "  ██  "])
        #expect(BlockLetters.width("Türkiye", scale: 1) == BlockLetters.width("TURKIYE", scale: 1))
        #expect(BlockLetters.rows("日本", scale: 1) == nil)
    }

    @Test func headingsFallBackToPlainLinesWhenLettersDoNotFit() {
        #expect(SlideFrame(size: Size(width: 80, height: 24), heading: "Open questions").isBlock)
        #expect(!SlideFrame(size: Size(width: 40, height: 24), heading: "Open questions").isBlock)
        #expect(!SlideFrame(size: Size(width: 80, height: 12), heading: "Open questions").isBlock)
        #expect(SlideFrame(size: Size(width: 80, height: 24), heading: "日本").heading == ["日本"])
    }
}
