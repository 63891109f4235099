import Synchronization

/// Each stance's link list (the ascending positions of the records linked to an actor holding it), built the first
/// time a stance chip asks and kept: the union reads the lists of every such actor (on a million records, most of
/// them), so building it per chip and per key cost the same work again each time. Invisible in results.
final class StanceLists: Sendable {
    private let lists = Mutex<[StanceValue: [Int32]]>([:])

    /// The kept list for `stance`, else `build()`'s, kept.
    func list(_ stance: StanceValue, _ build: () -> [Int32]) -> [Int32] {
        if let kept = lists.withLock({ $0[stance] }) { return kept }
        // Built outside the lock: two first uses at once build it twice, the same list either way.
        let built = build()
        lists.withLock { $0[stance] = built }
        return built
    }
}
