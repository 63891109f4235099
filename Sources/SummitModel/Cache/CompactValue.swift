/// A value the dataset cache writes and reads back by hand: fields in a fixed order, without names. Every record
/// kind is one (`Record` requires it), so the compiler refuses a kind the cache cannot hold; each kind's pair sits in
/// its `<Kind>+Compact.swift`, the parts records share in `CompactParts.swift`. Hand-written rather than `Codable`:
/// a million records decoded through `Decoder` containers cost an existential box and a dynamic dispatch per field
/// (docs/DECISIONS.md 71). A field added to a record must be added to both functions: the round-trip test, which
/// fills every field, fails until it is.
public protocol CompactValue {
    func write(to writer: inout CompactWriter)
    init(reading reader: inout CompactReader) throws(CompactFormatError)
}

/// What the cache cannot read back: the cache is then ignored and the file loaded in full (never shown to users).
public struct CompactFormatError: Error {
    let what: String
}

extension String: CompactValue {
    public func write(to writer: inout CompactWriter) { writer.string(self) }
    public init(reading reader: inout CompactReader) throws(CompactFormatError) { self = try reader.string() }
}

extension Int: CompactValue {
    public func write(to writer: inout CompactWriter) { writer.signed(Int64(self)) }
    public init(reading reader: inout CompactReader) throws(CompactFormatError) { self = Int(try reader.signed()) }
}

extension UInt64: CompactValue {
    public func write(to writer: inout CompactWriter) { writer.varint(self) }
    public init(reading reader: inout CompactReader) throws(CompactFormatError) { self = try reader.varint() }
}

/// Bit for bit, so every double (including NaN and -0) comes back the same.
extension Double: CompactValue {
    public func write(to writer: inout CompactWriter) { writer.fixed64(bitPattern) }
    public init(reading reader: inout CompactReader) throws(CompactFormatError) {
        self = Double(bitPattern: try reader.fixed64())
    }
}

/// A presence byte (0 or 1), then the value.
extension Optional: CompactValue where Wrapped: CompactValue {
    public func write(to writer: inout CompactWriter) {
        guard let self else { return writer.byte(0) }
        writer.byte(1)
        self.write(to: &writer)
    }

    public init(reading reader: inout CompactReader) throws(CompactFormatError) {
        self = try reader.flag() ? try Wrapped(reading: &reader) : nil
    }
}

/// A count, then the elements.
extension Array: CompactValue where Element: CompactValue {
    public func write(to writer: inout CompactWriter) {
        writer.varint(UInt64(count))
        for element in self { element.write(to: &writer) }
    }

    public init(reading reader: inout CompactReader) throws(CompactFormatError) {
        let count = try reader.count()
        self = []
        reserveCapacity(count)
        for _ in 0..<count { append(try Element(reading: &reader)) }
    }
}

/// A count, then each key and its value, keys in ascending order so the same table always gives the same bytes.
extension Dictionary: CompactValue where Key: CompactValue & Comparable, Value: CompactValue {
    public func write(to writer: inout CompactWriter) {
        writer.varint(UInt64(count))
        for key in keys.sorted() {
            key.write(to: &writer)
            self[key]!.write(to: &writer)
        }
    }

    public init(reading reader: inout CompactReader) throws(CompactFormatError) {
        let count = try reader.count()
        self.init(minimumCapacity: count)
        for _ in 0..<count { self[try Key(reading: &reader)] = try Value(reading: &reader) }
        guard self.count == count else { throw CompactFormatError(what: "a key twice") }
    }
}

/// An enum of a closed list, as its place in `allCases` (one byte).
protocol CompactCase: CompactValue, CaseIterable, Equatable where AllCases == [Self] {}

extension CompactCase {
    public func write(to writer: inout CompactWriter) { writer.byte(UInt8(Self.allCases.firstIndex(of: self)!)) }
    public init(reading reader: inout CompactReader) throws(CompactFormatError) {
        let at = Int(try reader.byte())
        guard at < Self.allCases.count else { throw CompactFormatError(what: "an unknown case") }
        self = Self.allCases[at]
    }
}
