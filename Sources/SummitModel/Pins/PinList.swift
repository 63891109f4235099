/// The records a user pinned for a briefing, in the order they were pinned (the order a presentation and a
/// handout follow), which the user can change. Membership is a set lookup, so marking every row of a list of a
/// million records costs one hash per row.
public struct PinList: Hashable, Sendable {
    public private(set) var refs: [RecordRef]
    private var members: Set<RecordRef>

    public init(_ refs: [RecordRef] = []) {
        var seen = Set<RecordRef>()
        self.refs = refs.filter { seen.insert($0).inserted }
        members = seen
    }

    public var isEmpty: Bool { refs.isEmpty }
    public var count: Int { refs.count }

    public func contains(_ ref: RecordRef) -> Bool { members.contains(ref) }

    /// Appends `ref` when it is not pinned yet; returns whether it was added.
    @discardableResult
    public mutating func add(_ ref: RecordRef) -> Bool {
        guard members.insert(ref).inserted else { return false }
        refs.append(ref)
        return true
    }

    /// Removes every ref of `removed` that is pinned, in one pass; returns how many were.
    @discardableResult
    public mutating func remove(_ removed: Set<RecordRef>) -> Int {
        let before = refs.count
        refs.removeAll { removed.contains($0) }
        members.subtract(removed)
        return before - refs.count
    }

    /// Pins `ref`, or unpins it when it is pinned (the explorer's `m`).
    public mutating func toggle(_ ref: RecordRef) {
        if !add(ref) { remove([ref]) }
    }

    /// Moves `ref` one place earlier (`by: -1`) or later (`by: 1`); nothing happens at either end.
    public mutating func move(_ ref: RecordRef, by step: Int) {
        guard let from = refs.firstIndex(of: ref) else { return }
        let to = from + step
        guard refs.indices.contains(to) else { return }
        refs.swapAt(from, to)
    }

    public mutating func removeAll() {
        refs.removeAll()
        members.removeAll()
    }

    /// Pins the dataset no longer holds (renamed or removed records): reported, kept in the file, never dropped.
    public func stale(in index: DatasetIndex) -> [RecordRef] {
        refs.filter { !index.contains($0) }
    }

    /// Pins the dataset holds, in pin order: what a briefing shows.
    public func current(in index: DatasetIndex) -> [RecordRef] {
        refs.filter(index.contains)
    }
}
