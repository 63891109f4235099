import SummitModel
import Testing

@testable import SummitUI

// What must survive a narrow or short terminal: whole help text, whole counts, whole names, whole tabs.
@Suite struct NarrowLayoutTests {
    let index = Bundled.index

    func press(_ keys: [Key], _ s: ExplorerState) -> ExplorerState { Fixture.press(keys, from: s, index: index) }
    func collapsed(_ s: String) -> String { s.split(separator: " ").joined(separator: " ") }

    /// The text inside the help box at a state, one string per row, borders removed.
    func helpRows(_ s: ExplorerState) -> [String] {
        Renderer.render(s, index).lines.compactMap { line in
            guard line.hasPrefix("│") || line.contains("│ ") else { return nil }
            let inner = line.split(separator: "│", omittingEmptySubsequences: false)
            return inner.count >= 3 ? String(inner[1]) : nil
        }
    }

    @Test(arguments: [(40, 12), (30, 8), (50, 14), (80, 24)])
    func helpWrapsEveryDescriptionAndScrollsToTheEnd(width: Int, height: Int) {
        var s = press([.character("?")], Bundled.state(width, height))
        var seen: [String] = []
        var last = -1
        // Walk down one line at a time; each step shows the next line at the top of the box.
        while case .help(let top) = s.mode, top != last {
            let rows = helpRows(s)
            #expect(!rows.isEmpty)
            #expect(!rows.joined().contains("…"), "help text cut at \(width)x\(height)")
            if last < 0 { seen = rows } else { seen.append(rows.last ?? "") }
            last = top
            s = press([.character("j")], s)
        }
        let text = collapsed(seen.joined(separator: " "))
        for b in KeyMap.standard.bindings {
            #expect(text.contains(collapsed(b.help)), "\(b.help) at \(width)x\(height)")
        }
        // At the end, one k moves the view at once (no hidden overshoot to climb back first).
        let up = press([.character("k")], s)
        if last > 0 { #expect(up.mode == .help(scroll: last - 1)) }
    }

    @Test func helpShowsWhereTheViewIsInTheText() throws {
        let s = press([.character("?")], Bundled.state(40, 12))
        let total = HelpBox(.standard, size: s.size).lines.count
        func bottomBorder(_ s: ExplorerState) throws -> String {
            try #require(Renderer.render(s, index).lines.last { $0.hasPrefix("└") })
        }
        #expect(try bottomBorder(s).contains("1–") && bottomBorder(s).contains("/\(total)"))
        let down = press([.character("j"), .character("j")], s)
        #expect(try bottomBorder(down).contains("3–"))
        let end = press([.character("G")], s)
        #expect(try bottomBorder(end).contains("\(total)/\(total)"))
    }

    /// The numbers in a status line, in order ("Pil 2/4 · Pos 15" → ["2/4", "15"]).
    func numbers(_ line: String) -> [String] {
        line.split(whereSeparator: { !$0.isNumber && $0 != "/" }).map(String.init).filter { $0.first?.isNumber == true }
    }

    /// Every list's count, or on a narrow line those of the lists on screen, or on a narrower one the focused list's.
    func expectedCounts(_ s: ExplorerState, narrow: Bool = false, focused: Bool = false) -> [String] {
        let lists = focused ? [s.focus] : narrow ? s.layout.places.filter { $0.kind != nil } : PaneID.lists
        return lists.map { pane in
            let shown = s.rows(of: pane, index).count
            let total = index.refs(of: pane.kind!).count
            return shown == total ? "\(total)" : "\(shown)/\(total)"
        }
    }

    @Test(arguments: [30, 36, 40, 50, 60, 80, 120])
    func statusKeepsCountsWholeAndHelpVisible(width: Int) throws {
        let browse = Bundled.state(width, 12)
        let line = try #require(Renderer.render(browse, index).lines.last)
        #expect(line.contains("? help"), "no help hint at \(width): \(line)")
        let forms = [
            expectedCounts(browse), expectedCounts(browse, narrow: true), expectedCounts(browse, focused: true),
        ]
        #expect(forms.contains(numbers(line)), "\(line)")
        if width >= 100 { #expect(numbers(line) == expectedCounts(browse)) }
        // From 80 columns the keys a new user needs first keep their place before the counts (decision 57).
        if width >= 80 {
            for hint in ["/ search", "? help", "q quit", "Space link", "s source"] {
                #expect(line.contains(hint), "\(line)")
            }
        }
        #expect(!line.contains("…"))
        // While typing a search the counts follow the draft, still whole.
        let search = press([.character("/")] + Fixture.type("rte"), browse)
        let searchLine = try #require(Renderer.render(search, index).lines.last)
        #expect(
            [expectedCounts(search), expectedCounts(search, narrow: true), expectedCounts(search, focused: true)]
                .contains(numbers(searchLine)), "\(searchLine)")
    }

    @Test func statusUsesFullPaneNamesWhenThereIsRoom() throws {
        let line = try #require(Renderer.render(Bundled.state(160, 30), index).lines.last)
        for pane in PaneID.lists { #expect(line.contains(pane.title + " ")) }
        let shorter = try #require(Renderer.render(Bundled.state(100, 30), index).lines.last)
        for pane in PaneID.lists { #expect(shorter.contains(String(pane.title.prefix(3)) + " "), "\(shorter)") }
    }

    @Test(arguments: ["rte", "buras", "witkoff", "merz", "ireland"])
    func searchThatEmptiesTheLastListShowsTheBestRankedMatch(query: String) throws {
        // Pillars is the last list at start; these words appear in no pillar.
        let s = press([.character("/")] + Fixture.type(query), Bundled.state(100, 30))
        try #require(s.rows(of: .pillars, index).isEmpty)
        let shown = Set(PaneID.lists.flatMap { s.rows(of: $0, index) })
        let best = try #require(index.search(query).first { shown.contains($0.ref) })
        #expect(s.subject(index) == best.ref)
        #expect(Renderer.render(s, index).lines[1].contains(RecordLabel.short(best.ref, index).prefix(10)))
        // Keeping the search as a chip keeps the same record in the detail pane.
        #expect(press([.enter], s).subject(index) == best.ref)
    }

    /// The Positions rows as drawn at a size, with focus on Positions.
    func positionsRows(_ width: Int, _ height: Int) throws -> (rows: [(Actor, String)], contentWidth: Int) {
        var s = press([.character("2")], Bundled.state(width, height))
        // The longest name in sight: the one a fixed cap would cut.
        s.selection[.positions] = index.refs(of: .actor).max {
            TextWidth.of(index.actor(id: $0.id)?.name ?? "") < TextWidth.of(index.actor(id: $1.id)?.name ?? "")
        }
        s.normalize(index)
        let rect = try #require(Layout(size: s.size, focus: s.focus).panes[.positions])
        let lines = Renderer.render(s, index).lines
        let actors = s.rows(of: .positions, index).dropFirst(s.scroll[.positions] ?? 0).compactMap {
            index.actor(id: $0.id)
        }
        let rows = zip(actors, lines[(rect.y + 1)..<(rect.y + rect.height)]).map { actor, line in
            (actor, String(Array(line).dropFirst(rect.x).prefix(rect.width)))
        }
        return (rows, rect.width - 1)
    }

    @Test(arguments: [(100, 30), (120, 40), (80, 24), (40, 12), (30, 8)])
    func positionsShowWholeNamesWhenThePaneIsWideEnough(width: Int, height: Int) throws {
        let (rows, contentWidth) = try positionsRows(width, height)
        let actors = index.refs(of: .actor).compactMap { index.actor(id: $0.id) }
        let longest = actors.map { TextWidth.of($0.name) }.max() ?? 0
        let shortStance = actors.map { TextWidth.of(StanceBadge.text($0.stance.value, compact: true)) }.max() ?? 0
        let wideEnough = contentWidth >= longest + 2 + shortStance
        #expect(!rows.isEmpty)
        for (actor, row) in rows {
            if wideEnough { #expect(row.contains(actor.name + " "), "name cut at \(width)x\(height): \(row)") }
            // The stance is always there, as a symbol and at least its first word.
            #expect(row.contains(StanceBadge.text(actor.stance.value, compact: true)), "\(row)")
        }
        if width >= 100 { #expect(wideEnough, "the bundled names should fit at \(width)x\(height)") }
    }

    @Test(arguments: [30, 34, 39, 45])
    func tabsAreNeverCut(width: Int) throws {
        for pane in PaneID.allCases {
            let s = press([.character(Character(String(pane.number)))], Bundled.state(width, 10))
            let bar = Renderer.render(s, index).lines[1]
            #expect(!bar.contains("…"), "\(bar)")
            #expect(bar.contains("\(pane.number) \(pane.title)"), "focused tab not whole: \(bar)")
            // The shelf is one tab, named by the list it shows; the title of that list names the others.
            for other in s.layout.places { #expect(bar.contains("\(other.number) ")) }
            // A click on each tab label still focuses that tab.
            let layout = Layout(size: s.size, focus: s.focus)
            var x = 0
            for (tab, label) in layout.tabLabels {
                #expect(layout.tab(at: x, 1) == tab)
                x += TextWidth.of(label) + 1
            }
        }
    }
}

/// In tabs only one list is in sight: when it empties, it says where the matches went and which key shows them.
@Suite struct EmptyTabTests {
    let index = Bundled.index

    func screen(_ script: String, _ width: Int, _ height: Int) throws -> (text: String, state: ExplorerState) {
        var s = Bundled.state(width, height)
        for key in try KeyScript.parse(script) {
            s = Reducer.reduce(s, KeyMap.standard.command(for: key, in: s.mode.kind), index).state
        }
        return (Renderer.render(s, index).lines.joined(separator: "\n"), s)
    }

    func collapsed(_ s: String) -> String {
        s.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test(arguments: [(40, 12), (30, 8), (60, 14)])
    func anEmptiedListNamesWhereTheMatchesAre(width: Int, height: Int) throws {
        // While typing, focus leaves a list the search empties for the best match's list (issue 8).
        let (_, typing) = try screen("/poland", width, height)
        #expect(typing.focus == .positions && typing.subject(index) == RecordRef(kind: .actor, id: "poland"))
        for (script, key) in [("/poland<Enter>1", "press 2")] {
            let (text, s) = try screen(script, width, height)
            #expect(s.focus == .pillars && s.rows(of: .pillars, index).isEmpty, "\(script)")
            // Every other list with matches, in pane order: "3 positions, 1 quote, 3 events".
            let counted = PaneID.lists.dropFirst().map { ($0, s.rows(of: $0, index).count) }.filter { $0.1 > 0 }
            #expect(counted.count >= 2)
            let named = counted.map { pane, n in
                "\(n) " + (n == 1 ? String(pane.title.lowercased().dropLast()) : pane.title.lowercased())
            }
            let words = collapsed(text)
            #expect(
                words.contains("no pillars match — " + named.joined(separator: ", ") + ": \(key) to see them"),
                "\(width)x\(height) \(script):\n\(text)")
            let pane = text.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2).dropLast()
            #expect(!pane.joined().contains("…"), "\(width)x\(height) \(script):\n\(text)")
        }
    }

    @Test func withNothingAnywhereOrBesideTheOtherListsItSaysNothingMatches() throws {
        let (nowhere, _) = try screen("/xylophone", 40, 12)
        #expect(nowhere.contains("nothing matches the filters") && !nowhere.contains("press"))
        // Side by side, the other lists are in sight: no directions.
        let (columns, s) = try screen("/poland", 80, 24)
        #expect(s.rows(of: .pillars, index).isEmpty)
        #expect(columns.contains("nothing matches the filters") && !columns.contains("to see them"))
    }
}
