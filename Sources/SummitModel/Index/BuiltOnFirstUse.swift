import Dispatch
import Synchronization

/// A part of the index built the first time something asks for it, once, whichever thread asks: a lookup such as
/// `summit actor poland` never searches, so it should not pay for folding every record's text (docs/DECISIONS.md 56).
final class BuiltOnFirstUse<Value: Sendable>: Sendable {
    private let build: @Sendable () -> Value
    private let built = Mutex<Value?>(nil)

    init(_ build: @escaping @Sendable () -> Value) { self.build = build }

    /// Starts the build on another thread; whoever asks for `value` meanwhile waits for it rather than building again.
    func buildInBackground() {
        DispatchQueue.global().async { [self] in _ = value }
    }

    /// The value, built now if it was not yet (a second caller waits for the first build rather than repeating it).
    var value: Value {
        built.withLock { built in
            if let built { return built }
            let value = build()
            built = value
            return value
        }
    }
}
