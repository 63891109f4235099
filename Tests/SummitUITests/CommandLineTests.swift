import SummitModel
import Testing

@testable import SummitUI

@Suite struct CommandLineTests {
    let index = Bundled.index

    func parse(_ s: String) -> Result<ExplorerCommandLine.Action?, CommandLineError> {
        ExplorerCommandLine.parse(s, index)
    }

    @Test func explicitFiltersParse() throws {
        #expect(try parse("actor poland").get() == .add(.actor("poland")))
        #expect(try parse("stance rules-out").get() == .add(.stance(.rulesOut)))
        #expect(try parse("speaker buras").get() == .add(.speaker("buras")))
        #expect(try parse("pillar 2").get() == .add(.pillar(index.dataset.pillars[1].id)))
        #expect(try parse("kind quote").get() == .add(.kind(.quote)))
        #expect(try parse("kind quotes").get() == .add(.kind(.quote)))
        #expect(try parse("clear").get() == .clear)
        #expect(try parse("").get() == nil)
    }

    @Test func unknownCommandSuggestsTheNearest() {
        guard case .failure(let e) = parse("actr poland") else {
            Issue.record("accepted")
            return
        }
        #expect(e.message.contains("unknown command “:actr”"))
        #expect(e.message.contains("did you mean :actor?"))
        #expect(e.message.contains("Commands: actor, stance, speaker, pillar, kind, pins, goto, clear"))
        guard case .failure(let f) = parse("foo") else {
            Issue.record("accepted")
            return
        }
        #expect(
            f.message == "unknown command “:foo” — commands: actor, stance, speaker, pillar, kind, pins, goto, clear")
    }

    @Test func unknownValuesAreExplained() {
        guard case .failure(let e) = parse("actor polnd") else {
            Issue.record("accepted")
            return
        }
        #expect(e.message.hasPrefix("no actor “polnd”"))
        #expect(e.message.contains("Poland"))
        guard case .failure(let k) = parse("kind bananas") else {
            Issue.record("accepted")
            return
        }
        #expect(k.message.contains("kinds: pillar, actor"))
        guard case .failure(let m) = parse("stance") else {
            Issue.record("accepted")
            return
        }
        #expect(m.message == ":stance needs a value, e.g. :stance rules-out")
    }

    @Test func errorsReachTheStatusBar() {
        let s = Fixture.press(
            [.character(":")] + Fixture.type("actor polnd") + [.enter], from: Bundled.state(80, 24), index: index)
        #expect(s.mode == .browse && s.message?.isError == true && s.chips.isEmpty)
        #expect(Renderer.render(s, index).lines.last!.contains("no actor “polnd”"))
    }

    func complete(_ draft: String) -> (draft: String, texts: [String]) {
        let c = ExplorerCommandLine.complete(draft, index)
        return (c.draft, c.candidates.map(\.text))
    }

    @Test func tabCompletesCommandNames() {
        #expect(complete("ac") == ("actor ", []))
        #expect(complete("cl") == ("clear", []))
        #expect(complete("s") == ("s", ["stance", "speaker"]))
        #expect(complete("sp") == ("speaker ", []))
    }

    @Test func tabCompletesActorsByIdNameOrAlias() throws {
        #expect(complete("actor pol") == ("actor poland", []))
        #expect(complete("actor brit") == ("actor britain", []))
        #expect(complete("actor BRIT") == ("actor britain", []))
        #expect(complete("actor united k") == ("actor united kingdom", []))
        // Accents: what was typed decides which spelling is kept.
        #expect(complete("actor türk") == ("actor türkiye", []))
        #expect(complete("actor turk") == ("actor turkey", []))
        #expect(complete("actor ank") == ("actor ankara", []))
        let u = complete("actor u")
        #expect(u == ("actor u", ["united-kingdom", "united-states", "ukraine"]))
        #expect(complete("actor uni") == ("actor united-", ["united-kingdom", "united-states"]))
        // Every completion resolves to the record it names.
        for draft in ["actor brit", "actor türk", "actor turk", "actor united k", "actor wash"] {
            #expect(try parse(complete(draft).draft).get() != nil, "\(draft)")
        }
        #expect(try parse(complete("actor brit").draft).get() == .add(.actor("united-kingdom")))
        #expect(try parse(complete("actor türk").draft).get() == .add(.actor("turkey")))
    }

    @Test func aliasCandidatesNameTheirActor() {
        let b = ExplorerCommandLine.complete("actor b", index)
        #expect(b.draft == "actor b")
        #expect(b.candidates.map(\.label) == ["britain (United Kingdom)", "berlin (Germany)"])
    }

    @Test func tabCompletesSpeakersPillarsStancesAndKinds() throws {
        #expect(complete("speaker bur") == ("speaker buras", []))
        #expect(
            ExplorerCommandLine.complete("speaker ", index).candidates.prefix(2).map(\.label) == [
                "zelensky", "witkoff",
            ])
        #expect(complete("speaker piotr") == ("speaker piotr buras", []))
        #expect(try parse("speaker piotr buras").get() == .add(.speaker("buras")))
        #expect(complete("pillar 2") == ("pillar 2", []))
        #expect(complete("pillar milit") == ("pillar 2", []))
        #expect(complete("pillar pillar-3") == ("pillar pillar-3", []))
        let all = ExplorerCommandLine.complete("pillar ", index)
        #expect(all.candidates.map(\.text) == ["1", "2", "3", "4"])
        #expect(all.candidates[1].label.hasPrefix("2 (Backing for"))
        #expect(complete("stance rul") == ("stance rules-out", []))
        #expect(complete("stance rules o") == ("stance rules out", []))
        #expect(try parse("stance rules out").get() == .add(.stance(.rulesOut)))
        #expect(complete("stance ").texts == StanceValue.allCases.map(\.rawValue))
        #expect(complete("kind quo") == ("kind quote", []))
        #expect(complete("kind qu") == ("kind qu", ["quote", "question"]))
        #expect(complete("kind peo") == ("kind people", []))
    }

    @Test func tabNeverShortensWhatWasTyped() {
        #expect(complete("actor zzz") == ("actor zzz", []))
        // Candidates found only by a word inside their names share no prefix with the typed text.
        #expect(complete("pillar ukr").draft == "pillar ukr")
        #expect(complete("actor UNI").draft == "actor united-")
        #expect(complete("speaker ").draft == "speaker ")
    }

    func keys(_ typed: String, tabs: Int) -> ExplorerState {
        Fixture.press(
            [.character(":")] + Fixture.type(typed) + Array(repeating: .tab, count: tabs), from: Bundled.state(80, 24),
            index: index)
    }

    @Test func repeatedTabCyclesThroughTheCandidates() {
        func draft(_ s: ExplorerState) -> String? { if case .command(let d, _) = s.mode { d.text } else { nil } }
        #expect(draft(keys("kind qu", tabs: 1)) == "kind qu")
        #expect(draft(keys("kind qu", tabs: 2)) == "kind quote")
        #expect(draft(keys("kind qu", tabs: 3)) == "kind question")
        #expect(draft(keys("kind qu", tabs: 4)) == "kind quote")
        #expect(draft(keys("s", tabs: 3)) == "speaker")
        // The list stays on screen with the one on the line marked.
        let line = Renderer.render(keys("actor u", tabs: 3), index).lines.last!
        #expect(
            line.contains(":actor united-states")
                && line.contains("united-kingdom (6)  united-states (19)  ukraine (15)"))
        // On a narrow line the list scrolls so the candidate on the line stays in sight.
        let narrow = Fixture.press(
            [.character(":")] + Fixture.type("actor u") + [.tab, .tab, .tab, .tab], from: Bundled.state(40, 12),
            index: index)
        let bottom = Renderer.render(narrow, index).lines.last!.trimmingCharacters(in: .whitespaces)
        #expect(bottom.contains(":actor ukraine") && bottom.hasSuffix("… ukraine (15)"))
        // Typing drops the list; Enter runs what is on the line.
        let done = Fixture.press(
            [.character(":")] + Fixture.type("kind qu") + [.tab, .tab, .enter], from: Bundled.state(80, 24),
            index: index)
        #expect(done.chips == [.kind(.quote)])
    }

    @Test func tabWithNothingToOfferSaysWhy() {
        let s = keys("actor zzz", tabs: 1)
        #expect(s.message?.isError == true)
        let line = Renderer.render(s, index).lines.last!
        #expect(line.contains(":actor zzz") && line.contains("no actor matches “zzz”"))
        #expect(keys("zz", tabs: 1).message?.text.contains("commands: actor") == true)
        #expect(keys("actor pol", tabs: 1).message == nil)
    }

    @Test func tabThenEnterAddsTheChip() {
        let done = Fixture.press(
            [.character(":")] + Fixture.type("act") + [.tab] + Fixture.type("brit") + [.tab, .enter],
            from: Bundled.state(80, 24), index: index)
        #expect(done.chips == [.actor("united-kingdom")])
    }
}
