import Testing

@testable import SummitModel
@testable import summit_bench

/// Search with the trigram index and the kept results must return exactly what checking every record returns
/// (`scanSearch`), hits and scores and order, on random queries and facets over the benchmark's synthetic dataset
/// and the bundled one. Queries are typed on and deleted letter by letter, so kept results (Backspace, narrowing) are
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
                    let facets = Self.randomFacets(&random, index)
                    let indexed = index.search(typed, facets: facets)
                    let scanned = index.scanSearch(typed, facets: facets)
                    #expect(
                        indexed == scanned,
                        "seed \(seed), query \"\(typed)\", \(facets): \(indexed.count) vs \(scanned.count) hits")
                    // Filtering every record (link lists, kept matches) and a few (checked one by one).
                    let passing = Set(index.scanSearch("", facets: facets).map(\.ref))
                    let all = index.allRefs
                    for refs in [all, (0..<20).map { _ in all[random.below(all.count)] }] {
                        #expect(
                            index.filter(refs, query: typed, facets: facets)
                                == refs.filter { passing.contains($0) && index.matches($0, query: typed) },
                            "seed \(seed), filter \"\(typed)\", \(facets)")
                    }
                }
            }
        }
    }

    /// The one- and two-byte word lists are the answer, not candidates: for every byte and every pair of bytes the
    /// text holds (and a few it does not), alone and two or three together, the records and scores they give are
    /// those of checking every record's text. Over the synthetic and the bundled dataset (accents: bytes above
    /// 0x7F; names in the head, text in the body; word starts and middles).
    @Test func shortWordListsEqualCheckingEveryRecord() throws {
        for index in [Self.synthetic, Bundled.index] {
            let text = index.searchText
            let lists = try #require(text.shortWords.current, "built at once below the background size")
            var keys = Set<[UInt8]>()
            for i in text.bytes.indices where !TextFolding.isSpace(text.bytes[i]) {
                keys.insert([text.bytes[i]])
                if i + 1 < text.bytes.count, !TextFolding.isSpace(text.bytes[i + 1]) {
                    keys.insert([text.bytes[i], text.bytes[i + 1]])
                }
            }
            let words = keys.sorted { $0.lexicographicallyPrecedes($1) } + [[0x7E, 0x7E], [0x21], [0xC3, 0xBC]]
            var random = SyntheticDataset.Generator(state: 0xB16)
            let queries =
                words.map { [$0] }
                + (0..<200).map { _ in (0..<2 + random.below(2)).map { _ in words[random.below(words.count)] } }
            for query in queries {
                let unique = query.reduce(into: [[UInt8]]()) { if !$0.contains($1) { $0.append($1) } }
                let listed = try #require(lists.matches(unique))
                let checked = text.check(nil, records: index.allRefs.count, words: unique)
                #expect(listed.positions == checked.positions && listed.scores == checked.scores, "\(unique)")
            }
            #expect(lists.matches([Array("abc".utf8)]) == nil && lists.matches([]) == nil)
        }
    }

    /// A check of many candidates is split over both cores: the halves joined give what checking them one by one
    /// in order gives (the records repeated to pass `splitMinimum`).
    @Test func aSplitCheckEqualsOneByOne() {
        let text = Self.synthetic.searchText
        let records = Self.synthetic.allRefs.count
        let candidates = (0..<SearchText.splitMinimum / records + 1).flatMap { _ in (0..<Int32(records)) }
        for query in ["e", "troops", "na fo"] {
            let words = TextFolding.queryWords(query)
            let split = text.check(candidates, records: records, words: words)
            var positions: [Int32] = []
            var scores: [Int32] = []
            text.bytes.withUnsafeBufferPointer { buffer in
                for p in candidates {
                    if let score = text.score(Int(p), words: words, in: buffer) {
                        positions.append(p)
                        scores.append(Int32(score))
                    }
                }
            }
            #expect(candidates.count >= SearchText.splitMinimum)
            #expect(split.positions == positions && split.scores == scores, "\(query)")
        }
    }

    /// Above the size that builds them in the background, search agrees with a linear scan whether or not the
    /// lists are ready yet (typed at once), and once they are.
    @Test func shortWordsBuiltInTheBackgroundAgree() {
        let index = DatasetIndex(SyntheticDataset.make(records: DatasetIndex.concurrentBuildMinimum))
        // Other queries once ready: a query asked before is answered from the kept results.
        for (ready, queries) in [(false, ["t", "tr", "e ü", "u."]), (true, ["r", "ro", "x7", "s t", "a", "ü"])] {
            if ready { index.waitForShortWords() }
            for query in queries {
                #expect(index.search(query) == index.scanSearch(query), "\(query), lists waited for: \(ready)")
            }
        }
    }

    /// No facet, a kind, or an actor, pillar, speaker or stance (sometimes two facets), as the explorer's chips and
    /// the command line's flags set them.
    static func randomFacets(_ random: inout SyntheticDataset.Generator, _ index: DatasetIndex) -> Facets {
        let d = index.dataset
        var facets = Facets()
        for _ in 0..<random.below(3) {
            switch random.below(5) {
            case 0: facets.kinds.insert(RecordKind.allCases[random.below(8)])
            case 1: facets.actors.insert(d.actors[random.below(d.actors.count)].id)
            case 2: facets.pillars.insert(d.pillars[random.below(d.pillars.count)].id)
            case 3: facets.speakers.insert(d.people[random.below(d.people.count)].id)
            default: facets.stances.insert(StanceValue.allCases[random.below(StanceValue.allCases.count)])
            }
        }
        return facets
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
