/// From what size a load parses and validates on two threads (docs/DECISIONS.md 75). Below it everything stays on
/// the calling thread, so the bundled dataset never starts one (33). Tests lower it to run the two-thread path
/// on small random datasets.
struct TwoThreadBar: Sendable {
    /// Records, all kinds together.
    var records = 20_000
    /// Bytes of the file.
    var bytes = 1 << 20

    static let standard = TwoThreadBar()
    /// Always one thread: the sequential path, which the two-thread one must match.
    static let never = TwoThreadBar(records: .max, bytes: .max)
}
