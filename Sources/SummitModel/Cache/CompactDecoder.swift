/// Reads back what `CompactEncoder` wrote, straight from a buffer (a mapped cache file): every read is bounds
/// checked, and anything out of place throws, which the cache treats as "no cache".
public final class CompactDecoder {
    let buffer: UnsafeRawBufferPointer
    var cursor: Int

    public init(_ buffer: UnsafeRawBufferPointer) {
        self.buffer = buffer
        cursor = 0
    }

    /// Whether every byte has been read: a cache section must be consumed exactly.
    public var isAtEnd: Bool { cursor == buffer.count }

    public func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try T(from: CompactDecoding(self))
    }

    @inline(__always)
    func byte() throws -> UInt8 {
        guard cursor < buffer.count else { throw CompactFormatError(what: "the data ends early") }
        defer { cursor += 1 }
        return buffer[cursor]
    }

    @inline(__always)
    func varint() throws -> UInt64 {
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
    func signed() throws -> Int64 {
        let raw = try varint()
        return Int64(bitPattern: (raw >> 1) ^ (0 &- (raw & 1)))
    }

    func fixed64() throws -> UInt64 {
        guard cursor + 8 <= buffer.count else { throw CompactFormatError(what: "the data ends early") }
        defer { cursor += 8 }
        return UInt64(littleEndian: buffer.loadUnaligned(fromByteOffset: cursor, as: UInt64.self))
    }

    func fixed32() throws -> UInt32 {
        guard cursor + 4 <= buffer.count else { throw CompactFormatError(what: "the data ends early") }
        defer { cursor += 4 }
        return UInt32(littleEndian: buffer.loadUnaligned(fromByteOffset: cursor, as: UInt32.self))
    }

    func string() throws -> String {
        let length = try varint()
        guard length <= UInt64(buffer.count - cursor) else { throw CompactFormatError(what: "the data ends early") }
        let start = cursor
        cursor += Int(length)
        return String(decoding: UnsafeRawBufferPointer(rebasing: buffer[start..<cursor]), as: UTF8.self)
    }

    func bool() throws -> Bool {
        switch try byte() {
        case 0: false
        case 1: true
        default: throw CompactFormatError(what: "a flag that is neither 0 nor 1")
        }
    }

    func int() throws -> Int { Int(try signed()) }

    func double() throws -> Double { Double(bitPattern: try fixed64()) }

    /// The common types without a trip through `init(from:)` and its boxed containers: a million records hold
    /// millions of spans and id lists. Each reads what the synthesized `encode(to:)` wrote (the round-trip tests
    /// hold them to it).
    @inline(__always)
    func value<T: Decodable>(_ type: T.Type) throws -> T {
        if T.self == String.self { return try string() as! T }
        if T.self == Int.self { return try int() as! T }
        if T.self == SourceSpan.self { return try span() as! T }
        if T.self == [String].self { return try strings() as! T }
        return try T(from: CompactDecoding(self))
    }

    private func span() throws -> SourceSpan {
        let start = try int()
        let end = try int()
        return SourceSpan(start: start, end: end, excerpt: try bool() ? try string() : nil)
    }

    private func strings() throws -> [String] {
        let count = Int(try fixed32())
        guard count <= buffer.count - cursor else { throw CompactFormatError(what: "an array longer than the data") }
        var values: [String] = []
        values.reserveCapacity(count)
        for _ in 0..<count { values.append(try string()) }
        return values
    }
}

private struct CompactDecoding: Decoder {
    let source: CompactDecoder
    init(_ source: CompactDecoder) { self.source = source }
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(Keyed(source: source))
    }
    func unkeyedContainer() throws -> any UnkeyedDecodingContainer { try Unkeyed(source: source) }
    func singleValueContainer() throws -> any SingleValueDecodingContainer { Single(source: source) }

    /// Fields come in order; `decodeIfPresent` (the standard default) asks `decodeNil`, which reads the presence
    /// byte `CompactEncoder` wrote before every optional.
    struct Keyed<Key: CodingKey>: KeyedDecodingContainerProtocol {
        let source: CompactDecoder
        var codingPath: [any CodingKey] { [] }
        var allKeys: [Key] { [] }
        func contains(_ key: Key) -> Bool { true }
        func decodeNil(forKey key: Key) throws -> Bool { try !source.bool() }
        func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try source.bool() }
        func decode(_ type: String.Type, forKey key: Key) throws -> String { try source.string() }
        func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try source.double() }
        func decode(_ type: Float.Type, forKey key: Key) throws -> Float { throw unsupported }
        func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try source.int() }
        func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 { throw unsupported }
        func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 { throw unsupported }
        func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { throw unsupported }
        func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try source.signed() }
        func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt { throw unsupported }
        func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 { throw unsupported }
        func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 { throw unsupported }
        func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 { throw unsupported }
        func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 { try source.varint() }
        func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try source.value(type) }
        func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
            -> KeyedDecodingContainer<NestedKey>
        { KeyedDecodingContainer(Keyed<NestedKey>(source: source)) }
        func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
            try Unkeyed(source: source)
        }
        func superDecoder() throws -> any Decoder { CompactDecoding(source) }
        func superDecoder(forKey key: Key) throws -> any Decoder { CompactDecoding(source) }
    }

    struct Unkeyed: UnkeyedDecodingContainer {
        let source: CompactDecoder
        let total: Int
        var currentIndex = 0
        var codingPath: [any CodingKey] { [] }
        var count: Int? { total }
        var isAtEnd: Bool { currentIndex >= total }

        init(source: CompactDecoder) throws {
            self.source = source
            total = Int(try source.fixed32())
            // Every element takes at least one byte: a damaged count cannot make an array larger than the data.
            guard total <= source.buffer.count - source.cursor else {
                throw CompactFormatError(what: "an array longer than the data")
            }
        }

        mutating func decodeNil() throws -> Bool { false }
        mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
            guard !isAtEnd else { throw CompactFormatError(what: "an array read past its end") }
            currentIndex += 1
            return try source.value(type)
        }
        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws
            -> KeyedDecodingContainer<NestedKey>
        {
            currentIndex += 1
            return KeyedDecodingContainer(Keyed<NestedKey>(source: source))
        }
        mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
            currentIndex += 1
            return try Unkeyed(source: source)
        }
        mutating func superDecoder() throws -> any Decoder { CompactDecoding(source) }
    }

    struct Single: SingleValueDecodingContainer {
        let source: CompactDecoder
        var codingPath: [any CodingKey] { [] }
        func decodeNil() -> Bool { false }
        func decode(_ type: Bool.Type) throws -> Bool { try source.bool() }
        func decode(_ type: String.Type) throws -> String { try source.string() }
        func decode(_ type: Double.Type) throws -> Double { try source.double() }
        func decode(_ type: Float.Type) throws -> Float { throw unsupported }
        func decode(_ type: Int.Type) throws -> Int { try source.int() }
        func decode(_ type: Int8.Type) throws -> Int8 { throw unsupported }
        func decode(_ type: Int16.Type) throws -> Int16 { throw unsupported }
        func decode(_ type: Int32.Type) throws -> Int32 { throw unsupported }
        func decode(_ type: Int64.Type) throws -> Int64 { try source.signed() }
        func decode(_ type: UInt.Type) throws -> UInt { throw unsupported }
        func decode(_ type: UInt8.Type) throws -> UInt8 { throw unsupported }
        func decode(_ type: UInt16.Type) throws -> UInt16 { throw unsupported }
        func decode(_ type: UInt32.Type) throws -> UInt32 { throw unsupported }
        func decode(_ type: UInt64.Type) throws -> UInt64 { try source.varint() }
        func decode<T: Decodable>(_ type: T.Type) throws -> T { try source.value(type) }
    }
}

/// Types the cache never holds; refusing them keeps encoder and decoder from disagreeing silently.
private let unsupported = CompactFormatError(what: "a number type the cache does not hold")
