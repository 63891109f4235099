/// Where the records are in a document's bytes, found by a structural scan that only counts brackets and skips
/// strings (escapes respected), so the parser can read the two halves of the record arrays on two threads
/// (docs/DECISIONS.md 75). The scan checks nothing: whatever it gets wrong on a malformed file, the parser finds,
/// and the loader then parses the whole file again on one thread for the exact message.
struct RecordArrays {
    /// One array that is a member of the root object.
    struct Array {
        /// Offset of its `[`.
        let open: Int
        /// Offset of its `]`.
        let close: Int
        /// Offsets of its elements' first bytes, in order.
        let starts: [Int]
    }

    /// The root object's array members, in document order.
    let arrays: [Array]

    var elementCount: Int { arrays.reduce(0) { $0 + $1.starts.count } }

    /// Nil when the bytes do not look like an object with balanced brackets (the parser will say what is wrong).
    init?(scanning bytes: UnsafeBufferPointer<UInt8>) {
        var arrays: [Array] = []
        var depth = 0
        var open = 0
        var inArray = false
        var starts: [Int] = []
        // Inside a root array, expecting an element's first byte (after `[` or `,`).
        var expectingElement = false
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if expectingElement, byte != 0x20, byte != 0x0A, byte != 0x0D, byte != 0x09 {
                expectingElement = false
                if byte != UInt8(ascii: "]") { starts.append(index) }
            }
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                while index < count, bytes[index] != UInt8(ascii: "\"") {
                    index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1
                }
                guard index < count else { return nil }
            case UInt8(ascii: "{"):
                if depth == 0, !arrays.isEmpty || index != Self.firstNonSpace(bytes) { return nil }
                depth += 1
            case UInt8(ascii: "["):
                guard depth > 0 else { return nil }
                depth += 1
                if depth == 2 {
                    inArray = true
                    open = index
                    starts = []
                    expectingElement = true
                }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                guard depth > 0 else { return nil }
                if depth == 2, inArray {
                    guard byte == UInt8(ascii: "]") else { return nil }
                    arrays.append(Array(open: open, close: index, starts: starts))
                    inArray = false
                }
                depth -= 1
            case UInt8(ascii: ","):
                if depth == 2, inArray { expectingElement = true }
            default: break
            }
            index += 1
        }
        guard depth == 0 else { return nil }
        self.arrays = arrays
    }

    /// Elements of the parsed root object's arrays.
    static func recordCount(in root: JSONNode) -> Int {
        guard case .object(let members) = root.value else { return 0 }
        return members.reduce(0) { total, member in
            guard case .array(let nodes) = member.node.value else { return total }
            return total + nodes.count
        }
    }

    private static func firstNonSpace(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var index = 0
        // A byte-order mark, as the parser allows.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        while index < bytes.count, [0x20, 0x0A, 0x0D, 0x09].contains(bytes[index]) { index += 1 }
        return index
    }
}
