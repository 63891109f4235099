import Testing
import SummitModel
@testable import SummitUI

@Suite struct CommandLineTests {
    let index = Bundled.index

    func parse(_ s: String) -> Result<ExplorerCommandLine.Action?, CommandLineError> { ExplorerCommandLine.parse(s, index) }

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
        guard case .failure(let e) = parse("actr poland") else { Issue.record("accepted"); return }
        #expect(e.message.contains("unknown command “:actr”"))
        #expect(e.message.contains("did you mean :actor?"))
        #expect(e.message.contains("Commands: actor, stance, speaker, pillar, kind, clear"))
    }

    @Test func unknownValuesAreExplained() {
        guard case .failure(let e) = parse("actor polnd") else { Issue.record("accepted"); return }
        #expect(e.message.hasPrefix("no actor “polnd”"))
        #expect(e.message.contains("Poland"))
        guard case .failure(let k) = parse("kind bananas") else { Issue.record("accepted"); return }
        #expect(k.message.contains("kinds: pillar, actor"))
        guard case .failure(let m) = parse("stance") else { Issue.record("accepted"); return }
        #expect(m.message == ":stance needs a value, e.g. :stance rules-out")
    }

    @Test func errorsReachTheStatusBar() {
        let s = Fixture.press([.character(":")] + Fixture.type("actor polnd") + [.enter], from: Bundled.state(80, 24), index: index)
        #expect(s.mode == .browse && s.message?.isError == true && s.chips.isEmpty)
        #expect(Renderer.render(s, index).lines.last!.contains("no actor “polnd”"))
    }

    @Test func tabCompletesNamesAndValues() {
        #expect(ExplorerCommandLine.complete("ac", index) == ("actor ", []))
        let s = ExplorerCommandLine.complete("s", index)
        #expect(s.draft == "s" && s.candidates == ["stance", "speaker"])
        #expect(ExplorerCommandLine.complete("actor pol", index) == ("actor poland", []))
        #expect(ExplorerCommandLine.complete("stance rul", index) == ("stance rules-out", []))
        let u = ExplorerCommandLine.complete("actor u", index)
        #expect(u.candidates == ["united-kingdom", "united-states", "ukraine"] && u.draft == "actor u")
        // Through the keys: Tab completes in place, Enter runs it.
        let done = Fixture.press([.character(":")] + Fixture.type("act") + [.tab] + Fixture.type("pol") + [.tab, .enter],
                                 from: Bundled.state(80, 24), index: index)
        #expect(done.chips == [.actor("poland")])
    }
}
