import Foundation
import SummitModel
import Testing

@testable import SummitUI
@testable import summit_bench

/// For random valid datasets: every command in every format, and the explorer's renderer at random sizes, finish
/// without a trap. A failure names its seed; `RandomDataset(seed:)` rebuilds that dataset exactly.
@Suite("random valid datasets never crash a command or the renderer")
struct RandomDatasetPropertyTests {
    static let seeds: [UInt64] = Array(1...8)

    private func write(seed: UInt64) throws -> (folder: URL, file: String, json: String) {
        var generator = RandomDataset(seed: seed)
        let json = generator.json()
        let folder = try Fixture.temporaryFolder()
        return (folder, try Fixture.write(text: json, named: "random-\(seed).json", in: folder), json)
    }

    @Test("the generator's datasets are valid", arguments: seeds)
    func generatedDatasetsLoad(seed: UInt64) throws {
        let (folder, file, _) = try write(seed: seed)
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(throws: Never.self, "seed \(seed)") { _ = try DatasetLoader.load(contentsOf: file) }
    }

    @Test("every command in every format ends with 0 or 1 and prints no raw control byte", arguments: seeds)
    func everyCommand(seed: UInt64) throws {
        let (folder, file, _) = try write(seed: seed)
        defer { try? FileManager.default.removeItem(at: folder) }
        let dataset = try DatasetLoader.load(contentsOf: file)
        var random = RandomDataset.SplitMix(state: seed ^ 0xC0FFEE)
        let ids =
            dataset.pillars.map(\.id) + dataset.actors.map(\.id) + dataset.quotes.map(\.id) + dataset.figures.map(\.id)
            + dataset.notes.map(\.id)
        // Values go after "--" or "=": ids may begin with a hyphen ("--2"), which the parser would take for an option.
        var commands: [(head: [String], tail: [String])] = [
            ([], []), (["pillars"], []), (["actors"], []), (["quotes"], []), (["figures"], []), (["events"], []),
            (["questions"], []), (["source"], []), (["validate"], []), (["validate"], ["--", file]),
            (["search"], ["--", random.pick(RandomDataset.words)]), (["search"], ["W"]),
            (["actors", "--stance=" + random.pick(StanceValue.allCases).rawValue], []), (["quotes", "--pillar=1"], []),
        ]
        if let actor = dataset.actors.first {
            commands += [
                (["actor"], ["--", actor.id]), (["actor"], ["--", actor.name]),
                (["quotes", "--actor=" + actor.id], []),
            ]
        }
        if let person = dataset.people.first { commands.append((["quotes", "--speaker=" + person.name], [])) }
        for _ in 0..<(ids.isEmpty ? 0 : 4) { commands.append((["source", "--record=" + random.pick(ids)], [])) }
        for (head, tail) in commands {
            for format in [[], ["--json"]] {
                let result = CLI.run(head + ["--data", file] + format + tail)
                let label = "seed \(seed): \((head + tail).map(\.debugDescription)) \(format)"
                // With no subcommand a pipe is refused with 2, and --json prints the summary.
                let expected: Set<Int32> = head.isEmpty ? [0, 2] : [0, 1]
                #expect(expected.contains(result.status), "\(label) exit \(result.status): \(result.err.prefix(500))")
                #expect(CLI.controlBytes(in: result.stdout).isEmpty, "\(label) stdout")
                #expect(CLI.controlBytes(in: result.stderr).isEmpty, "\(label) stderr")
                if format == ["--json"], result.status == 0 {
                    #expect(result.json != nil, "\(label) prints valid JSON")
                }
            }
        }
    }

    @Test("the explorer renders every binding at random sizes: the grid fits, no control character", arguments: seeds)
    func explorerRenders(seed: UInt64) throws {
        var generator = RandomDataset(seed: seed)
        let data = Data(generator.json().utf8)
        let index = DatasetIndex(try DatasetLoader.load(data: data, origin: "random-\(seed)"))
        var random = RandomDataset.SplitMix(state: seed ^ 0xBEEF)
        let sizes =
            [Size(width: 0, height: 0), Size(width: 1, height: 1), Size(width: 300, height: 100)]
            + (0..<5).map { _ in Size(width: random.below(200), height: random.below(70)) }
        // Every binding's first key, in order, each in whatever mode the previous ones left: modes change on the way.
        let keys: [Key] = KeyMap.standard.bindings.compactMap { binding in
            binding.keys.lazy.compactMap { pattern -> Key? in if case .key(let key) = pattern { key } else { nil } }
                .first
        }
        for size in sizes {
            var state = ExplorerState(size: size)
            for (step, key) in ([nil] + keys.map(Optional.some)).enumerated() {
                if let key {
                    state = Reducer.reduce(state, KeyMap.standard.command(for: key, in: state.mode.kind), index).state
                }
                let grid = Renderer.render(state, index)
                #expect(grid.size == size, "seed \(seed) size \(size) step \(step)")
                let unsafe = grid.cells.contains { $0.character.unicodeScalars.contains(where: SafeText.isUnsafe) }
                #expect(!unsafe, "seed \(seed) size \(size) step \(step): a control character reached the grid")
            }
        }
    }
}
