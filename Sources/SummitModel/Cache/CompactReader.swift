/// Reads back what `CompactWriter` wrote, straight from a buffer (a mapped cache file). Every read is bounds
/// checked and anything out of place throws, which the cache treats as "no cache"; nothing is trusted, so a damaged
/// count can never make it allocate more than the data could hold.
public struct CompactReader {
    let buffer: UnsafeRawBufferPointer
    var cursor = 0

    public init(_ buffer: UnsafeRawBufferPointer) { self.buffer = buffer }

    /// Whether every byte has been read: a cache section must be consumed exactly.
    public var isAtEnd: Bool { cursor == buffer.count }

    public mutating func read<T: CompactValue>(_ type: T.Type = T.self) throws(CompactFormatError) -> T {
        try T(reading: &self)
    }

    @inline(__always)
    mutating func byte() throws(CompactFormatError) -> UInt8 {
        guard cursor < buffer.count else { throw CompactFormatError(what: "the data ends early") }
        defer { cursor += 1 }
        return buffer[cursor]
    }

    @inline(__always)
    mutating func varint() throws(CompactFormatError) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            value |= UInt64(b & 0x7F) << shift
            if b < 0x80 { return value }
            shift += 7
            if shift > 63 { throw CompactFormatError(what: "an overlong number") }
        }
    }

    @inline(__always)
    mutating func signed() throws(CompactFormatError) -> Int64 {
        let raw = try varint()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    /// A count of elements, each at least one byte long: never more than the bytes left.
    mutating func count() throws(CompactFormatError) -> Int {
        let count = try varint()
        guard count <= UInt64(buffer.count - cursor) else { throw CompactFormatError(what: "a count past the data") }
        return Int(count)
    }

    mutating func fixed64() throws(CompactFormatError) -> UInt64 {
        guard cursor + 8 <= buffer.count else { throw CompactFormatError(what: "the data ends early") }
        defer { cursor += 8 }
        return UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: cursor, as: UInt64.self))
    }

    mutating func fixed32() throws(CompactFormatError) -> UInt32 {
        guard cursor + 4 <= buffer.count else { throw CompactFormatError(what: "the data ends early") }
        defer { cursor += 4 }
        return UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: cursor, as: UInt32.self))
    }

    /// A length and UTF-8 bytes; bytes that are not UTF-8 (only a damaged cache holds any) become U+FFFD rather
    /// than reaching a string unchecked.
    @inline(__always)
    mutating func string() throws(CompactFormatError) -> String {
        let length = try count()
        let start = cursor
        cursor += length
        return String(decoding: UnsafeRawBufferPointer(rebasing: buffer[start..<cursor]), as: UTF8.self)
    }

    mutating func flag() throws(CompactFormatError) -> Bool {
        switch try byte() {
        case 0: false
        case 1: true
        default: throw CompactFormatError(what: "a flag that is neither 0 nor 1")
        }
    }
}
