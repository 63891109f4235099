import Dispatch
import Synchronization

/// The one- and two-letter word lists (`ShortWordIndex`) of one search text, used only once built, so a reader never
/// waits for them and checks records meanwhile (the same answer, more slowly). Below
/// `DatasetIndex.concurrentBuildMinimum` records they are built with the text; above it only when asked
/// (`DatasetIndex.prepareShortWords`: the explorer asks after its first frame, a lookup never does, since one scan
/// costs it less than building every list), on the asking thread.
final class ShortWordLists: Sendable {
    private enum Phase { case idle, building, built(ShortWordIndex) }
    private let phase = Mutex<Phase>(.idle)
    private let done = DispatchGroup()
    private let bytes: [UInt8]
    private let bounds: [Int]

    init(bytes: [UInt8], bounds: [Int]) {
        self.bytes = bytes
        self.bounds = bounds
        if bounds.count / 2 < DatasetIndex.concurrentBuildMinimum { build() }
    }

    /// The lists if they are built, without waiting.
    var current: ShortWordIndex? {
        phase.withLock { if case .built(let lists) = $0 { lists } else { nil } }
    }

    /// Builds the lists here unless they are built or being built.
    func build() {
        let mine = phase.withLock { phase in
            guard case .idle = phase else { return false }
            phase = .building
            done.enter()
            return true
        }
        guard mine else { return }
        let lists = ShortWordIndex(bytes: bytes, bounds: bounds)
        phase.withLock { $0 = .built(lists) }
        done.leave()
    }

    /// The lists, built here or waited for.
    func wait() -> ShortWordIndex {
        build()
        done.wait()
        return current!
    }
}
