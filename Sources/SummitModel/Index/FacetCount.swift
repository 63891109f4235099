/// A facet a frequency table counts by: the values `Facets` filters on, one table per facet.
public enum FacetName: String, Hashable, Sendable, CaseIterable {
    case pillar, actor, stance, speaker
}

/// One row of a frequency table: a facet value and how many of the counted records have it.
public struct FacetCount: Hashable, Sendable {
    /// A pillar, actor or person id, or a stance's raw value.
    public let value: String
    public let count: Int
    public init(value: String, count: Int) {
        self.value = value
        self.count = count
    }
}

extension DatasetIndex {
    /// How many of `refs` have each value of `facet` (a record counts once per value), most first, ties in the
    /// order the values were first met. Values are what the facet filter reads (`DatasetIndex+Facets.swift`), so
    /// filtering by a row's value keeps exactly the records it counts. Linear in the records and their values.
    public func counts(of facet: FacetName, among refs: [RecordRef]) -> [FacetCount] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        var stanceOf: [String: String] = [:]
        if facet == .stance { for actor in dataset.actors { stanceOf[actor.id] = actor.stance.value.rawValue } }
        for ref in refs {
            let values: [String] =
                switch facet {
                case .pillar: pillarIDs(of: ref)
                case .actor: actorIDs(of: ref)
                case .speaker: speakerIDs(of: ref)
                case .stance: actorIDs(of: ref).compactMap { stanceOf[$0] }
                }
            var seen = Set<String>()
            for value in values where seen.insert(value).inserted {
                if counts[value] == nil { order.append(value) }
                counts[value, default: 0] += 1
            }
        }
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return order.map { FacetCount(value: $0, count: counts[$0]!) }
            .sorted { ($0.count, rank[$1.value]!) > ($1.count, rank[$0.value]!) }
    }
}
