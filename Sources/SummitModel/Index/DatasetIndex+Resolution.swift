// Turning what a user types into a record: exact names first, then "did you mean" suggestions.
// Matching ignores case, diacritics, dots and extra spaces ("u.s." = "US", "turkiye" = "Türkiye").

extension DatasetIndex {
    /// By id, name or any alias. Near misses (prefix, or edit distance ≤ 2) come back as suggestions, best first.
    public func resolveActor(_ name: String) -> Resolution<Actor> {
        names.actors.resolve(name).map { dataset.actors[$0] }
    }

    /// By id, full name or surname ("buras", "Piotr Buras").
    public func resolvePerson(_ name: String) -> Resolution<Person> {
        names.people.resolve(name).map { dataset.people[$0] }
    }

    /// By number ("2", "pillar 2", "#2", "p2"), id, title, or words of the title or clause
    /// ("monitoring ceasefire"): one pillar holding all the words is found; when several do, the one holding
    /// them all in its title wins, else they are ambiguous.
    public func resolvePillar(_ token: String) -> Resolution<Pillar> {
        let key = TextFolding.nameKey(token)
        guard !key.isEmpty else { return .notFound(suggestions: []) }
        if let number = DatasetIndex.pillarNumber(key) {
            let matching = dataset.pillars.filter { $0.number == number }
            switch matching.count {
            case 1: return .found(matching[0])
            case 0:
                return .notFound(
                    suggestions: Array(
                        dataset.pillars.sorted { $0.number < $1.number }
                            .prefix(NameKeys.Table.suggestionLimit)))
            default: return .ambiguous(matching)
            }
        }
        switch names.pillars.resolve(token) {
        case .found(let i): return .found(dataset.pillars[i])
        case .ambiguous(let owners): return .ambiguous(owners.map { dataset.pillars[$0] })
        case .notFound(let nearMisses):
            let words = TextFolding.queryWords(token).map { String(decoding: $0, as: UTF8.self) }
            let inText = dataset.pillars.filter { pillar in
                let folded = DatasetIndex.fold(pillar.title + "\n" + pillar.text)
                return words.allSatisfy(folded.contains)
            }
            if inText.count == 1 { return .found(inText[0]) }
            if inText.count > 1 {
                let inTitle = inText.filter { pillar in words.allSatisfy(DatasetIndex.fold(pillar.title).contains) }
                return inTitle.count == 1 ? .found(inTitle[0]) : .ambiguous(inText)
            }
            return .notFound(suggestions: nearMisses.map { dataset.pillars[$0] })
        }
    }

    /// By value ("rules-out", "rules out") or label ("n/a", "not applicable").
    public func resolveStance(_ token: String) -> Resolution<StanceValue> {
        names.stances.resolve(token).map { StanceValue.allCases[$0] }
    }

    /// By kind name, singular or plural, in any case ("quote", "Quotes", "people").
    public func resolveKind(_ token: String) -> Resolution<RecordKind> {
        names.kinds.resolve(token).map { RecordKind.allCases[$0] }
    }

    /// By record id, in any case (ids are lower-case by convention). On a miss, one pass over the ids for near
    /// misses by the same rule as names: O(n) with a cheap length test first, and only when nothing matched.
    public func resolveRecord(id typed: String) -> Resolution<AnyRecord> {
        if let found = record(id: typed) ?? record(id: typed.lowercased()) { return .found(found) }
        let key = Array(typed.lowercased().unicodeScalars)
        guard !key.isEmpty, key.count <= 200 else { return .notFound(suggestions: []) }
        var near: [(rank: Int, position: Int)] = []
        for (position, ref) in refs.enumerated() {
            let id = ref.id.unicodeScalars
            guard id.count + 2 >= key.count, let first = id.first, first == key[0] || key.count <= 4 else { continue }
            if let rank = NameKeys.Table.nearMissRank(key, Array(id), isWord: false) { near.append((rank, position)) }
        }
        near.sort { ($0.rank, $0.position) < ($1.rank, $1.position) }
        let best = near.prefix(NameKeys.Table.suggestionLimit)
        return .notFound(suggestions: best.compactMap { record(refs[$0.position]) })
    }

    /// "Did you mean" for a search that found nothing: for each query word no record holds, the indexed words
    /// nearest to it by the rule for names (prefix, or edit distance 1–2), commonest first. One pass over the
    /// folded text per such word, only after a search came back empty.
    public func nearestWords(to query: String) -> [String] {
        var suggestions: [String] = []
        for word in TextFolding.queryWords(query) where search(String(decoding: word, as: UTF8.self)).isEmpty {
            let typed = Array(String(decoding: word, as: UTF8.self).unicodeScalars)
            guard !typed.isEmpty, typed.count <= 64 else { continue }
            // Keyed by slices of the index's own buffer: counting copies no word.
            var counts: [ArraySlice<UInt8>: Int] = [:]
            searchText.forEachWord { bytes in
                // A scalar is at most 4 bytes: a word further off in length than that cannot be within 2 edits.
                guard abs(bytes.count - word.count) <= 8 else { return }
                counts[bytes, default: 0] += 1
            }
            var near: [(rank: Int, count: Int, word: String)] = []
            for (bytes, count) in counts {
                let candidate = String(decoding: bytes, as: UTF8.self)
                if let rank = NameKeys.Table.nearMissRank(typed, Array(candidate.unicodeScalars), isWord: false) {
                    near.append((rank, count, candidate))
                }
            }
            near.sort { ($0.rank, -$0.count, $0.word) < ($1.rank, -$1.count, $1.word) }
            suggestions += near.prefix(3).map(\.word).filter { !suggestions.contains($0) }
        }
        return Array(suggestions.prefix(NameKeys.Table.suggestionLimit))
    }

    /// "2", "pillar 2", "pillar2", "p2", "#2" → 2.
    static func pillarNumber(_ key: String) -> Int? {
        var rest = Substring(key)
        for prefix in ["pillar", "p", "#", "no", "number"] where rest.hasPrefix(prefix) {
            rest = rest.dropFirst(prefix.count)
            break
        }
        rest = rest.drop { $0 == " " || $0 == "#" }
        guard !rest.isEmpty, rest.allSatisfy(\.isASCII), let number = Int(rest) else { return nil }
        return number
    }
}

extension Resolution {
    /// The same resolution with each value transformed.
    public func map<Other: Sendable>(_ transform: (Value) -> Other) -> Resolution<Other> {
        switch self {
        case .found(let value): .found(transform(value))
        case .ambiguous(let values): .ambiguous(values.map(transform))
        case .notFound(let suggestions): .notFound(suggestions: suggestions.map(transform))
        }
    }
}
