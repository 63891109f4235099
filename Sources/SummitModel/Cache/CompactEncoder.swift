/// Encodes `Codable` values as compact bytes for the dataset cache: fields in declaration order without their
/// names, integers as zigzag varints, strings as a length and UTF-8, an optional as a presence byte then its value.
///
/// Codable rather than a writer per record kind, so a field added to a record is cached without a change here. The
/// order is the synthesized `encode(to:)` order, which `CompactDecoder` reads back with the synthesized
/// `init(from:)`; a type whose two orders differ would fail the round-trip test (and a failed decode only means no
/// cache). Dictionaries with string keys would lose their keys, so the cache stores none.
public final class CompactEncoder {
    public internal(set) var bytes: [UInt8] = []

    public init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    public func encode(_ value: some Encodable) throws {
        try value.encode(to: CompactEncoding(self))
    }

    @inline(__always)
    func varint(_ value: UInt64) {
        var v = value
        while v >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        bytes.append(UInt8(v))
    }

    @inline(__always)
    func signed(_ value: Int64) { varint(UInt64(bitPattern: (value << 1) ^ (value >> 63))) }

    func string(_ value: String) {
        var text = value
        text.withUTF8 { utf8 in
            varint(UInt64(utf8.count))
            bytes.append(contentsOf: utf8)
        }
    }

    func fixed64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// The common types written directly, as `CompactDecoder.value` reads them, without the boxed container
    /// `encode(to:)` would allocate for each; anything else through its `encode(to:)`.
    func value<T: Encodable>(_ value: T) throws {
        if let text = value as? String {
            string(text)
        } else if let span = value as? SourceSpan {
            signed(Int64(span.start))
            signed(Int64(span.end))
            if let excerpt = span.excerpt {
                bytes.append(1)
                string(excerpt)
            } else {
                bytes.append(0)
            }
        } else if let list = value as? [String] {
            withUnsafeBytes(of: UInt32(list.count).littleEndian) { bytes.append(contentsOf: $0) }
            for text in list { string(text) }
        } else {
            try value.encode(to: CompactEncoding(self))
        }
    }
}

/// Refuses what the format cannot hold faithfully, so such a value is never cached wrongly.
struct CompactFormatError: Error {
    let what: String
}

private let unsupported = CompactFormatError(what: "a number type the cache does not hold")

private struct CompactEncoding: Encoder {
    let sink: CompactEncoder
    init(_ sink: CompactEncoder) { self.sink = sink }
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        KeyedEncodingContainer(Keyed(sink: sink))
    }
    func unkeyedContainer() -> any UnkeyedEncodingContainer { Unkeyed(sink: sink) }
    func singleValueContainer() -> any SingleValueEncodingContainer { Single(sink: sink) }

    struct Keyed<Key: CodingKey>: KeyedEncodingContainerProtocol {
        let sink: CompactEncoder
        var codingPath: [any CodingKey] { [] }
        mutating func encodeNil(forKey key: Key) throws { sink.bytes.append(0) }
        mutating func encode(_ value: Bool, forKey key: Key) throws { sink.bytes.append(value ? 1 : 0) }
        mutating func encode(_ value: String, forKey key: Key) throws { sink.string(value) }
        mutating func encode(_ value: Double, forKey key: Key) throws { sink.fixed64(value.bitPattern) }
        mutating func encode(_ value: Int, forKey key: Key) throws { sink.signed(Int64(value)) }
        mutating func encode(_ value: Int64, forKey key: Key) throws { sink.signed(value) }
        mutating func encode(_ value: UInt64, forKey key: Key) throws { sink.varint(value) }
        mutating func encode(_ value: Float, forKey key: Key) throws { throw unsupported }
        mutating func encode(_ value: Int8, forKey key: Key) throws { throw unsupported }
        mutating func encode(_ value: Int16, forKey key: Key) throws { throw unsupported }
        mutating func encode(_ value: Int32, forKey key: Key) throws { throw unsupported }
        mutating func encode(_ value: UInt, forKey key: Key) throws { throw unsupported }
        mutating func encode(_ value: UInt8, forKey key: Key) throws { throw unsupported }
        mutating func encode(_ value: UInt16, forKey key: Key) throws { throw unsupported }
        mutating func encode(_ value: UInt32, forKey key: Key) throws { throw unsupported }
        mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try sink.value(value) }
        // The defaults write nothing for nil, which a format without names could not tell from a value.
        mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: Float?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: Int8?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: Int16?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: Int32?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: Int64?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: UInt?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: UInt8?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: UInt16?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: UInt32?, forKey key: Key) throws { try present(value) }
        mutating func encodeIfPresent(_ value: UInt64?, forKey key: Key) throws { try present(value) }

        private func present<T: Encodable>(_ value: T?) throws {
            guard let value else { return sink.bytes.append(0) }
            sink.bytes.append(1)
            try sink.value(value)
        }

        mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key)
            -> KeyedEncodingContainer<NestedKey>
        { KeyedEncodingContainer(Keyed<NestedKey>(sink: sink)) }
        mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
            Unkeyed(sink: sink)
        }
        mutating func superEncoder() -> any Encoder { CompactEncoding(sink) }
        mutating func superEncoder(forKey key: Key) -> any Encoder { CompactEncoding(sink) }
    }

    /// An array: a fixed four-byte count first, filled in when the container is done with (its slot does not
    /// move, so whatever is written after it meanwhile is unaffected).
    final class Unkeyed: UnkeyedEncodingContainer {
        let sink: CompactEncoder
        let slot: Int
        var elements: UInt32 = 0
        var count: Int { Int(elements) }
        var codingPath: [any CodingKey] { [] }

        init(sink: CompactEncoder) {
            self.sink = sink
            slot = sink.bytes.count
            sink.bytes.append(contentsOf: [0, 0, 0, 0])
        }

        deinit {
            withUnsafeBytes(of: elements.littleEndian) { raw in
                for k in 0..<4 { sink.bytes[slot + k] = raw[k] }
            }
        }

        func encodeNil() throws { throw CompactFormatError(what: "a null inside an array") }
        func encode<T: Encodable>(_ value: T) throws {
            elements += 1
            try sink.value(value)
        }
        func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<
            NestedKey
        > {
            elements += 1
            return KeyedEncodingContainer(Keyed<NestedKey>(sink: sink))
        }
        func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
            elements += 1
            return Unkeyed(sink: sink)
        }
        func superEncoder() -> any Encoder { CompactEncoding(sink) }
    }

    struct Single: SingleValueEncodingContainer {
        let sink: CompactEncoder
        var codingPath: [any CodingKey] { [] }
        mutating func encodeNil() throws { throw CompactFormatError(what: "a null outside a field") }
        mutating func encode(_ value: Bool) throws { sink.bytes.append(value ? 1 : 0) }
        mutating func encode(_ value: String) throws { sink.string(value) }
        mutating func encode(_ value: Double) throws { sink.fixed64(value.bitPattern) }
        mutating func encode(_ value: Int) throws { sink.signed(Int64(value)) }
        mutating func encode(_ value: Int64) throws { sink.signed(value) }
        mutating func encode(_ value: UInt64) throws { sink.varint(value) }
        mutating func encode(_ value: Float) throws { throw unsupported }
        mutating func encode(_ value: Int8) throws { throw unsupported }
        mutating func encode(_ value: Int16) throws { throw unsupported }
        mutating func encode(_ value: Int32) throws { throw unsupported }
        mutating func encode(_ value: UInt) throws { throw unsupported }
        mutating func encode(_ value: UInt8) throws { throw unsupported }
        mutating func encode(_ value: UInt16) throws { throw unsupported }
        mutating func encode(_ value: UInt32) throws { throw unsupported }
        mutating func encode<T: Encodable>(_ value: T) throws { try sink.value(value) }
    }
}
