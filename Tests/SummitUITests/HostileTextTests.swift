import SummitModel
import Testing

@testable import SummitUI

/// Dataset text is untrusted: whatever it holds, no cell of any screen may carry a control character.
@Suite struct HostileTextTests {
    static let evil = "Evil\u{1B}]0;owned\u{07}\u{9B}2J\u{202E}txt\r\nx\u{7F}\t日本"

    static let index: DatasetIndex = {
        let d = Fixture.dataset
        let article = d.source.text + "\n" + evil
        let span = SourceSpan(
            start: article.unicodeScalars.count - evil.unicodeScalars.count, end: article.unicodeScalars.count)
        return DatasetIndex(
            Dataset(
                title: evil,
                source: Source(title: evil, standfirst: nil, author: evil, outlet: evil, credit: nil, text: article),
                pillars: [Pillar(id: "pillar-1", number: 1, title: evil, text: evil, span: span, note: evil)],
                actors: [
                    Actor(
                        id: "evil", name: evil, kind: .country, aliases: [evil],
                        stance: Stance(value: .unclear, basis: span, note: evil),
                        roles: [Role(text: evil, span: span, pillars: ["pillar-1"])], span: span)
                ],
                people: [Person(id: "p", name: evil, role: evil, organisation: nil, actor: "evil", span: span)],
                quotes: [
                    Quote(
                        id: "q", text: evil, span: span, speaker: "p", attribution: evil, venue: evil,
                        pillars: ["pillar-1"], actors: ["evil"], note: evil)
                ]))
    }()

    @Test(arguments: ["", "4", "3<Enter>", "s", "?", "/evil", "f", ":actor e<Tab>", "2f3<Enter>"])
    func noControlCharacterReachesTheGrid(script: String) throws {
        let keys = try KeyScript.parse(script)
        for size in [Size(width: 80, height: 24), Size(width: 40, height: 12), Size(width: 120, height: 40)] {
            var s = ExplorerState(size: size)
            for key in keys {
                s = Reducer.reduce(s, KeyMap.standard.command(for: key, in: s.mode.kind), Self.index).state
            }
            let grid = Renderer.render(s, Self.index)
            let unsafe = grid.cells.filter { $0.character.unicodeScalars.contains(where: SafeText.isUnsafe) }
            #expect(unsafe.isEmpty, "script \(script) at \(size)")
            #expect(grid.text.contains("␛") || script == "?", "the escape is shown, not dropped: \(script)")
        }
    }
}
