import SummitModel
import Testing

@testable import SummitUI

/// A status message is shown whole: on a narrow bar in a shorter form rather than cut with "…".
@Suite struct StatusMessageTests {
    let index = Bundled.index

    func statusLine(_ script: String, _ width: Int, _ height: Int) throws -> (String, ExplorerState) {
        var s = Bundled.state(width, height)
        for key in try KeyScript.parse(script) {
            s = Reducer.reduce(s, KeyMap.standard.command(for: key, in: s.mode.kind), index).state
        }
        let lines = Renderer.render(s, index).lines
        return (lines[lines.count - 1], s)
    }

    @Test(arguments: [
        ("2/ukr<Enter><Space>", "↔ Ukraine"),  // link chip
        (":actor poland<Enter>", "actor: Poland"),  // explicit filter
        (":actor poland<Enter>:speaker buras<Enter>", "speaker: Buras"),  // stacked
        (
            ":kind pillar<Enter>:actor poland<Enter>:actor germany<Enter>/xq<Enter>:speaker buras<Enter>",
            "speaker: Buras"
        ),  // leaves nothing
        ("/troops<Enter><BS>", "/troops"),  // dropped
        (":actor poland<Enter>:actor poland<Enter>", "actor: Poland"),  // already
        ("Z", "Z"),  // unbound key
    ])
    func narrowBarsShowAShorterFormWhole(script: String, names: String) throws {
        for (width, height) in [(30, 8), (40, 12)] {
            let (line, s) = try statusLine(script, width, height)
            let message = try #require(s.message)
            #expect(!line.contains("…"), "\(width): \(line)")
            #expect(line.contains(names), "\(width): \(line)")
            #expect(line.contains(message.text(fitting: width - 1)))
        }
        // Wide enough, the full sentence.
        let (wide, s) = try statusLine(script, 120, 40)
        let full = try #require(s.message).text
        #expect(wide.contains(full), "\(wide)")
    }

    @Test func theSameFilterTwiceIsRefusedAndSaidSo() throws {
        let (once, first) = try statusLine(":actor poland<Enter>", 120, 40)
        #expect(first.chips.count == 1)
        #expect(once.hasPrefix(" filter actor: Poland — Backspace drops it, c clears all"), "\(once)")
        let (twice, second) = try statusLine(":actor poland<Enter>:actor poland<Enter>", 120, 40)
        #expect(second.chips == first.chips, "the second :actor poland must not add a chip")
        #expect(second.message?.text == "already filtering by actor: Poland")
        #expect(twice.hasPrefix(" already filtering by actor: Poland"), "\(twice)")
        let (narrow, _) = try statusLine(":actor poland<Enter>:actor poland<Enter>", 30, 8)
        #expect(narrow.hasPrefix(" already: actor: Poland"), "\(narrow)")
    }

    @Test func theLongestFormThatFitsIsChosen() {
        let m = StatusMessage("a long sentence here", shorter: ["shorter one", "tiny"])
        #expect(m.text(fitting: 100) == "a long sentence here")
        #expect(m.text(fitting: 12) == "shorter one")
        #expect(m.text(fitting: 5) == "tiny")
        #expect(m.text(fitting: 2) == "tiny")
        #expect(StatusMessage("only").text(fitting: 2) == "only")
    }
}
