import SummitModel
import Testing

@testable import SummitUI

/// Counts beside the `:` completions: each is how many records the value's chip keeps, and picking one applies it.
@Suite struct CompletionCountTests {
    let index = Bundled.index

    func press(_ script: String, _ from: ExplorerState? = nil) throws -> ExplorerState {
        Fixture.press(try KeyScript.parse(script), from: from ?? Bundled.state(100, 30), index: index)
    }

    func kept(_ s: ExplorerState) -> Int { PaneID.lists.reduce(0) { $0 + s.rows(of: $1, index).count } }

    func completions(_ s: ExplorerState) -> [CompletionCandidate] {
        if case .command(_, let list) = s.mode { return list.candidates }
        return []
    }

    @Test(arguments: ["", ":speaker buras<Enter>", ":pillar 3<Enter>", ":kind quote<Enter>"])
    func eachCountIsWhatItsChipKeeps(chipsFirst: String) throws {
        let start = try press(chipsFirst)
        for command in ["actor", "speaker", "pillar", "stance", "kind"] {
            let offered = completions(try press(":\(command) <Tab>", start))
            #expect(offered.count > 1, "\(command)")
            for candidate in offered {
                let count = try #require(candidate.kept, "\(command) \(candidate.text) has a count")
                let applied = try press(":\(command) \(candidate.text)<Enter>", start)
                #expect(
                    applied.chips.count == start.chips.count + 1
                        || applied.message?.text.hasPrefix("already filtering") == true, "\(command) \(candidate.text)")
                #expect(kept(applied) == count, "\(chipsFirst) :\(command) \(candidate.text)")
                #expect(candidate.label.hasSuffix("\(count))"), "\(candidate.label)")
            }
        }
    }

    @Test func theCountSitsWithTheGlossInTheLabel() throws {
        let offered = completions(try press(":pillar <Tab>"))
        let first = try #require(offered.first)
        #expect(first.label.hasPrefix("1 (") && first.label.hasSuffix(", \(first.kept ?? -1))"), "\(first.label)")
        let names = completions(try press(":<Tab>"))
        #expect(names.allSatisfy { $0.kept == nil && !$0.label.contains("(") }, "command names have no counts")
    }

    @Test func pickingACountedValueAppliesItAsAChip() throws {
        var s = try press(":stance <Tab><Tab>")
        let picked = try #require(completions(s).first)
        s = try press("<Enter>", s)
        #expect(s.mode == .browse && s.chips.count == 1, "\(String(describing: s.message))")
        #expect(kept(s) == picked.kept)
    }
}
