/// Unsigned varints (LEB128), the encoding of the posting lists (`TrigramIndex`, `ShortWordIndex`): 7 bits a
/// byte, low bits first, the high bit set on every byte but the last, so a small delta costs one byte.
enum Varint {
    @inline(__always)
    static func read(_ bytes: UnsafeBufferPointer<UInt8>, at i: inout Int) -> UInt64 {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let byte = bytes[i]
            i += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { return value }
            shift += 7
        }
    }

    @inline(__always)
    static func write(_ value: UInt64, to out: UnsafeMutableBufferPointer<UInt8>, at i: inout Int) {
        var value = value
        while value >= 0x80 {
            out[i] = UInt8(value & 0x7F) | 0x80
            i += 1
            value >>= 7
        }
        out[i] = UInt8(value)
        i += 1
    }

    @inline(__always)
    static func append(_ value: UInt64, to out: inout [UInt8]) {
        var value = value
        while value >= 0x80 {
            out.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        out.append(UInt8(value))
    }

    static func length(_ value: UInt64) -> Int {
        var length = 1
        var value = value
        while value >= 0x80 {
            value >>= 7
            length += 1
        }
        return length
    }
}
