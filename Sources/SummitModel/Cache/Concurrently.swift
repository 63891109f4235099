import Dispatch

/// Independent pieces of work spread over the cores (this machine class has two), results in the order asked.
/// Dispatch rather than tasks: loading is synchronous all the way up, and `concurrentPerform` returns only when
/// every piece is done, so nothing outlives the call.
enum Concurrently {
    /// `body(0) … body(count - 1)`, run at the same time as far as the cores allow, in order.
    static func map<T>(_ count: Int, _ body: (Int) -> T) -> [T] {
        if count <= 1 { return (0..<count).map(body) }
        let results = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        results.initialize(repeating: nil)
        defer { results.deallocate() }
        // Each index is written by exactly one worker, and read only after all are done.
        nonisolated(unsafe) let slots = results
        withoutActuallyEscaping(body) { body in
            nonisolated(unsafe) let work = body
            DispatchQueue.concurrentPerform(iterations: count) { i in slots[i] = work(i) }
        }
        let values = results.map { $0! }
        _ = results.deinitialize()
        return values
    }

    /// Two different results at once.
    static func both<A, B>(_ first: () -> A, _ second: () -> B) -> (A, B) {
        var a: A?
        var b: B?
        withoutActuallyEscaping(first) { first in
            withoutActuallyEscaping(second) { second in
                nonisolated(unsafe) let runFirst = first
                nonisolated(unsafe) let runSecond = second
                nonisolated(unsafe) var outA: A? = nil
                nonisolated(unsafe) var outB: B? = nil
                DispatchQueue.concurrentPerform(iterations: 2) { i in
                    if i == 0 { outA = runFirst() } else { outB = runSecond() }
                }
                a = outA
                b = outB
            }
        }
        return (a!, b!)
    }
}
