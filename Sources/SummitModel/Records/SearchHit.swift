/// One search result. Higher scores rank first; ties keep kind order, then dataset order.
public struct SearchHit: Hashable, Sendable {
    public let ref: RecordRef
    public let score: Int

    public init(ref: RecordRef, score: Int) {
        self.ref = ref
        self.score = score
    }
}
