/// The format of the generated tables (`CanonicalDecompositionTable`, `TextFoldingTable`): entries ending in `;`,
/// each an optional `KEY:` then hex numbers separated by spaces (none for an empty entry); line breaks and the
/// literal's indentation are ignored. One reader for both, so they cannot drift apart.
enum PackedHex {
    /// Calls `body` with each entry's key (0 when it has none) and numbers, in order.
    static func forEachEntry(in packed: StaticString, _ body: (_ key: UInt32, _ numbers: [UInt32]) -> Void) {
        packed.withUTF8Buffer { bytes in
            var key: UInt32 = 0
            var number: UInt32 = 0
            var digits = 0
            var numbers: [UInt32] = []
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"):
                    number = number << 4 | UInt32(byte - UInt8(ascii: "0"))
                    digits += 1
                case UInt8(ascii: "A")...UInt8(ascii: "F"):
                    number = number << 4 | UInt32(byte - UInt8(ascii: "A") + 10)
                    digits += 1
                case UInt8(ascii: ":"):
                    key = number
                    number = 0
                    digits = 0
                case UInt8(ascii: " "), UInt8(ascii: ";"):
                    if digits > 0 { numbers.append(number) }
                    number = 0
                    digits = 0
                    if byte == UInt8(ascii: ";") {
                        body(key, numbers)
                        key = 0
                        numbers.removeAll(keepingCapacity: true)
                    }
                default:
                    continue  // line breaks and indentation of the literal
                }
            }
        }
    }
}
