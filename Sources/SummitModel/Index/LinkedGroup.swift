/// One kind's records linked to a subject, in id order (as `RecordRef` sorts them), read as a collection. The
/// first `headCount` are picked by a partial selection when the group is made and the rest are sorted only when a
/// row past them is read: a pillar linked to a hundred thousand quotes costs one pass over its links to show the
/// detail pane's first screen, not a sort of every link (issue 11).
public struct LinkedGroup: RandomAccessCollection, Sendable {
    /// Rows picked in order up front: more than a detail pane shows, and every note the pane prints.
    static let headCount = 300

    public let kind: RecordKind
    private let index: DatasetIndex
    private let head: [Int32]
    private let sorted: BuiltOnFirstUse<[Int32]>
    public let endIndex: Int
    public var startIndex: Int { 0 }

    /// `positions`: the group's records (positions in `allRefs`), all of `kind`, each once, in any order.
    init(kind: RecordKind, positions: [Int32], _ index: DatasetIndex) {
        self.kind = kind
        self.index = index
        endIndex = positions.count
        let refs = index.allRefs
        let less: @Sendable (Int32, Int32) -> Bool = { refs[Int($0)].id < refs[Int($1)].id }
        if positions.count <= 2 * Self.headCount {
            head = positions.sorted(by: less)
            sorted = BuiltOnFirstUse { [] }
        } else {
            head = Self.smallest(Self.headCount, of: positions, by: less)
            sorted = BuiltOnFirstUse { positions.sorted(by: less) }
        }
    }

    public subscript(i: Int) -> RecordRef {
        index.ref(at: i < head.count ? head[i] : sorted.value[i])
    }

    /// The `k` least of `values` under `less`, in order: a bounded max-heap, so O(n) comparisons when most values
    /// lose to the heap's top (the usual case), O(n log k) at worst.
    static func smallest(_ k: Int, of values: [Int32], by less: (Int32, Int32) -> Bool) -> [Int32] {
        guard k > 0 else { return [] }
        var heap: [Int32] = []
        heap.reserveCapacity(k)
        func siftDown(_ start: Int) {
            var i = start
            while true {
                let l = 2 * i + 1
                let r = l + 1
                var top = i
                if l < heap.count, less(heap[top], heap[l]) { top = l }
                if r < heap.count, less(heap[top], heap[r]) { top = r }
                if top == i { return }
                heap.swapAt(i, top)
                i = top
            }
        }
        for value in values {
            if heap.count < k {
                heap.append(value)
                var i = heap.count - 1
                while i > 0, less(heap[(i - 1) / 2], heap[i]) {
                    heap.swapAt(i, (i - 1) / 2)
                    i = (i - 1) / 2
                }
            } else if less(value, heap[0]) {
                heap[0] = value
                siftDown(0)
            }
        }
        return heap.sorted(by: less)
    }
}
