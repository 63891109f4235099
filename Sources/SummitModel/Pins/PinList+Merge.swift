extension PinList {
    /// The pins after two writers changed the same file: `ours` (this explorer's list) and `theirs` (the file as
    /// another summit left it, e.g. `summit pins add` in another shell), both from `base` (the list this explorer last
    /// read or wrote). Theirs in their order, without what we unpinned, then what we pinned, in our order. A reorder of
    /// ours is kept only when theirs did not change. Linear in the pins (set lookups).
    public static func merge(base: PinList, ours: PinList, theirs: PinList) -> PinList {
        if theirs == base { return ours }
        if ours == base { return theirs }
        var merged = PinList(theirs.refs.filter { ours.contains($0) || !base.contains($0) })
        for ref in ours.refs where !base.contains(ref) { merged.add(ref) }
        return merged
    }
}
