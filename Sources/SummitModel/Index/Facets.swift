/// Constraints on which records a search or filter keeps.
///
/// An empty set means no constraint. Values within one facet are ORed; facets are ANDed.
/// What each facet means for each kind of record is defined in `DatasetIndex+Facets.swift`.
public struct Facets: Hashable, Sendable {
    public var kinds: Set<RecordKind>
    /// Pillar ids.
    public var pillars: Set<String>
    /// Actor ids.
    public var actors: Set<String>
    public var stances: Set<StanceValue>
    /// Person ids.
    public var speakers: Set<String>

    public init(
        kinds: Set<RecordKind> = [], pillars: Set<String> = [], actors: Set<String> = [],
        stances: Set<StanceValue> = [], speakers: Set<String> = []
    ) {
        self.kinds = kinds
        self.pillars = pillars
        self.actors = actors
        self.stances = stances
        self.speakers = speakers
    }

    /// True when no facet constrains anything.
    public var isEmpty: Bool {
        kinds.isEmpty && pillars.isEmpty && actors.isEmpty && stances.isEmpty && speakers.isEmpty
    }
}
