/// Shows untrusted values inside problem messages: shortened, quoted, and with every character
/// that could move a terminal's cursor or reorder text shown visibly instead (Control Pictures
/// for C0 and DEL, `<U+XXXX>` for C1 controls and bidi controls). Nothing is dropped silently.
enum ProblemText {
    /// `"value"`, cut to `limit` characters with an ellipsis and a note of the full length.
    static func quoted(_ value: String, limit: Int = 60) -> String {
        quoted(scalars: value.unicodeScalars, limit: limit)
    }

    static func quoted<C: Collection>(scalars: C, limit: Int = 60) -> String where C.Element == Unicode.Scalar {
        var shown = ""
        var count = 0
        var truncated = false
        for scalar in scalars {
            if count == limit {
                truncated = true
                break
            }
            shown += visible(scalar)
            count += 1
        }
        if truncated {
            return "\"" + shown + "…\" (\(scalars.count) characters)"
        }
        return "\"" + shown + "\""
    }

    /// A scalar named for a message: `’ (U+2019)`, or just the code for invisible ones.
    static func named(_ scalar: Unicode.Scalar) -> String {
        let shown = visible(scalar)
        let code = "U+" + hex(scalar.value)
        return shown.hasPrefix("<U+") || scalar.properties.isWhitespace ? code : "\(shown) (\(code))"
    }

    /// A scalar as it is safe to print. The unsafe set and the Control Pictures come from `SafeText`;
    /// messages quote other unsafe scalars as `<U+XXXX>`, and also show the invisible separators and BOM.
    static func visible(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x22:
            return "\\\""  // keep the quoting unambiguous
        case 0x5C:
            return "\\\\"
        case 0x2028, 0x2029, 0xFEFF:
            return "<U+" + hex(scalar.value) + ">"
        default:
            guard SafeText.isUnsafe(scalar) else { return String(scalar) }
            return scalar.value <= 0x7F ? SafeText.picture(for: scalar) : "<U+" + hex(scalar.value) + ">"  // ␀…␟, ␡
        }
    }

    /// The found value of a JSON node, for "found …" messages.
    static func describe(_ value: JSONValue) -> String {
        switch value {
        case .null: "null"
        case .bool(let flag): flag ? "true" : "false"
        case .number(let number): "the number " + shortened(number.literal)
        case .string(let text): "the string " + quoted(text)
        case .array(let elements): "an array of \(elements.count) element\(elements.count == 1 ? "" : "s")"
        case .object: "an object"
        }
    }

    private static func shortened(_ literal: String) -> String {
        literal.utf8.count <= 40 ? literal : String(literal.prefix(40)) + "…"
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
