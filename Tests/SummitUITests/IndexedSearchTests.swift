import Testing

@testable import SummitModel
@testable import summit_bench

/// Search with the trigram index and the kept results must return exactly what checking every record returns
/// (`scanSearch`), hits and scores and order, on random queries over the benchmark's synthetic dataset and the
/// bundled one. Queries are typed on and deleted letter by letter, so kept results (Backspace, narrowing) are
/// used on the way. A failure names the seed and the query.
@Suite struct IndexedSearchTests {
    static let synthetic = DatasetIndex(SyntheticDataset.make(records: 1500))

    @Test(arguments: [1, 2, 3, 0x5EED] as [UInt64])
    func searchWithIndexEqualsLinearScan(seed: UInt64) {
        var random = SyntheticDataset.Generator(state: seed)
        for index in [Self.synthetic, Bundled.index] {
            let text = index.searchText.bytes
            for _ in 0..<12 {
                let query = Self.randomQuery(&random, text)
                let steps = Array(query)
                // Type it on letter by letter, then delete it again.
                let prefixes = (1...max(steps.count, 1)).map { String(steps.prefix($0)) }
                for typed in prefixes + prefixes.reversed() {
                    let facets = random.below(4) == 0 ? Facets(kinds: [RecordKind.allCases[random.below(8)]]) : Facets()
                    let indexed = index.search(typed, facets: facets)
                    let scanned = index.scanSearch(typed, facets: facets)
                    #expect(
                        indexed == scanned,
                        "seed \(seed), query \"\(typed)\", \(facets): \(indexed.count) vs \(scanned.count) hits")
                    let all = index.allRefs
                    let filtered = index.filter(all, query: typed, facets: facets)
                    #expect(
                        filtered
                            == all.filter {
                                (facets.kinds.isEmpty || facets.kinds.contains($0.kind))
                                    && index.matches($0, query: typed)
                            },
                        "seed \(seed), filter \"\(typed)\"")
                }
            }
        }
    }

    /// The index narrows: a rare word checks far fewer records than there are (so the test above compares two
    /// different paths, not one with itself).
    @Test func aRareWordLeavesFewCandidates() throws {
        let index = Self.synthetic
        let candidates = try #require(index.searchText.trigrams.candidates(TextFolding.queryWords("quote-123")))
        #expect(candidates.count < index.allRefs.count / 20)
        #expect(index.search("quote-123").contains { $0.ref.id == "quote-123" })
        #expect(index.searchText.trigrams.candidates(TextFolding.queryWords("ab")) == nil)
    }

    /// A query from pieces of the folded text (so most have hits), words of the generator's list in other cases and
    /// accents, one-letter words, several words, and words that occur nowhere.
    static func randomQuery(_ random: inout SyntheticDataset.Generator, _ text: [UInt8]) -> String {
        var words: [String] = []
        for _ in 0...random.below(3) {
            switch random.below(5) {
            case 0:
                let start = random.below(text.count)
                let piece = text[start..<min(text.count, start + 2 + random.below(10))]
                let word =
                    String(decoding: piece, as: UTF8.self).split(whereSeparator: { $0.isWhitespace }).first.map(
                        String.init) ?? "x"
                words.append(word)
            case 1: words.append(SyntheticDataset.words[random.below(SyntheticDataset.words.count)].uppercased())
            case 2: words.append(String("abcdefghijklmnopqrstuvwxyz-’'".randomElement(using: &random)!))
            case 3:
                words.append(
                    ["qzx", "troopsx", "łódź", "WON’T", "rté news", "50,000", "zurich", "c1"][random.below(8)])
            default:
                words.append(
                    String(SyntheticDataset.words[random.below(SyntheticDataset.words.count)].dropLast(random.below(3)))
                )
            }
        }
        return words.joined(separator: " ")
    }
}
