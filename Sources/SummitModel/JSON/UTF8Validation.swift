/// Checks that bytes are well-formed UTF-8 (no overlongs, no encoded surrogates, nothing above
/// U+10FFFF) and finds the first bad byte, so the message can say exactly where the file is broken.
public enum UTF8Validation {
    /// The byte offset of the first byte that does not start or continue a valid sequence, or nil.
    public static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let count = bytes.count
        var index = 0
        while index < count {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            // Valid range of the second byte narrows for some leads (RFC 3629 table).
            var secondLow: UInt8 = 0x80
            var secondHigh: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0:
                length = 3
                secondLow = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED:
                length = 3
                secondHigh = 0x9F
            case 0xF0:
                length = 4
                secondLow = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4:
                length = 4
                secondHigh = 0x8F
            default: return index
            }
            guard index + 1 < count, bytes[index + 1] >= secondLow, bytes[index + 1] <= secondHigh else {
                return index
            }
            var next = index + 2
            while next < index + length {
                guard next < count, bytes[next] & 0xC0 == 0x80 else { return index }
                next += 1
            }
            index += length
        }
        return nil
    }
}
