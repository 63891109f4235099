/// Names users type for actors, people, pillars and stances, keyed by `TextFolding.nameKey` for exact lookup,
/// plus the candidate strings near misses are measured against. Built once with the index.
struct NameKeys: Sendable {
    /// Typed-name tables: key → owners (indexes into the dataset array, or into `StanceValue.allCases`).
    struct Table: Sendable {
        var exact: [String: [Int]] = [:]
        /// Whole keys and, for multi-word keys, their words of 3+ letters: what "did you mean" compares against.
        var candidates: [(scalars: [Unicode.Scalar], owner: Int, isWord: Bool)] = []

        mutating func add(_ name: String, owner: Int, surnameToo: Bool = false) {
            let key = TextFolding.nameKey(name)
            guard !key.isEmpty else { return }
            if exact[key]?.contains(owner) != true { exact[key, default: []].append(owner) }
            candidates.append((Array(key.unicodeScalars), owner, false))
            let words = key.split(separator: " ")
            if surnameToo, words.count > 1, let surname = words.last {
                let surname = String(surname)
                if exact[surname]?.contains(owner) != true { exact[surname, default: []].append(owner) }
            }
            if words.count > 1 {
                for word in words where word.count >= 3 {
                    candidates.append((Array(word.unicodeScalars), owner, true))
                }
            }
        }
    }

    /// One table per kind (by `RecordKind.order`) of the names users type for it; empty for kinds not typed by name.
    let records: [Table]
    let stances: Table
    /// Record kinds, singular and plural ("quote", "quotes"), owners indexing `RecordKind.allCases`.
    let kinds: Table

    var actors: Table { records[RecordKind.actor.order] }
    var people: Table { records[RecordKind.person.order] }
    var pillars: Table { records[RecordKind.pillar.order] }

    init(dataset: Dataset) {
        var names = TypedNames(dataset: dataset)
        for kind in RecordKind.allCases { kind.visit(&names) }
        records = names.tables
        var stances = Table()
        for (i, stance) in StanceValue.allCases.enumerated() {
            stances.add(stance.rawValue, owner: i)
            stances.add(stance.label, owner: i)
        }
        stances.add("not applicable", owner: StanceValue.allCases.firstIndex(of: .notApplicable)!)
        self.stances = stances
        kinds = Table(names: RecordKind.allCases.map { [$0.rawValue, $0.plural] })
    }
}

/// A kind's table: each record's id, then the names it gives (`Record.typedNames`), owned by its index in the kind.
private struct TypedNames: RecordKindVisitor {
    let dataset: Dataset
    var tables: [NameKeys.Table] = []

    mutating func visit<R: Record>(_ type: R.Type) {
        var table = NameKeys.Table()
        if R.isTypedByName {
            for (i, record) in dataset.records(R.self).enumerated() {
                table.add(record.id, owner: i)
                for name in record.typedNames { table.add(name, owner: i, surnameToo: R.surnameNamesIt) }
            }
        }
        tables.append(table)
    }
}

extension NameKeys.Table {
    /// Most suggestions offered for a near miss.
    static let suggestionLimit = 5

    /// A table of a closed list: owner i is named by every string of `names[i]`.
    init(names: [[String]]) {
        self.init()
        for (owner, spellings) in names.enumerated() { for name in spellings { add(name, owner: owner) } }
    }

    /// Exact key → found (one owner) or ambiguous (several, in dataset order). Otherwise the near misses:
    /// a candidate the typed key is a prefix of, or within edit distance 1 (typed keys up to 4 letters) or 2 (longer).
    /// Best first: distance 1 or prefix of a whole name, then prefix of a word or distance 2; ties in dataset order.
    func resolve(_ typed: String) -> Resolution<Int> {
        let key = TextFolding.nameKey(typed)
        guard !key.isEmpty else { return .notFound(suggestions: []) }
        if let owners = exact[key] {
            return owners.count == 1 ? .found(owners[0]) : .ambiguous(owners.sorted())
        }
        return .notFound(suggestions: nearMisses(key))
    }

    func nearMisses(_ key: String) -> [Int] {
        let typed = Array(key.unicodeScalars)
        var best: [Int: Int] = [:]  // owner → rank (lower is better)
        for candidate in candidates {
            if let rank = Self.nearMissRank(typed, candidate.scalars, isWord: candidate.isWord),
                rank < best[candidate.owner] ?? Int.max
            {
                best[candidate.owner] = rank
            }
        }
        return best.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.prefix(Self.suggestionLimit).map(\.key)
    }

    /// The one rule for a near miss, for names, ids and search words alike: the typed key is a prefix of the
    /// candidate, or within edit distance 1 (typed keys up to 4 letters) or 2 (longer). Rank, lower is better:
    /// distance 1 or prefix of a whole name, then prefix of a word or distance 2. Nil when it is not a near miss.
    static func nearMissRank(_ typed: [Unicode.Scalar], _ candidate: [Unicode.Scalar], isWord: Bool) -> Int? {
        let limit = typed.count <= 4 ? 1 : 2
        var rank: Int?
        if candidate.count > typed.count, candidate.starts(with: typed) {
            rank = isWord ? 2 : 1
        }
        if let distance = editDistance(typed, candidate, limit: limit), distance > 0 {
            let byDistance = distance + (isWord ? 1 : 0)
            rank = min(rank ?? byDistance, byDistance)
        }
        return rank
    }
}
