/// The numbers a figure may hold: exactly those a Double keeps without changing them, so every command prints
/// the value written in the file (docs/dataset-format.md, "Numbers"; DECISIONS 26).
///
/// Whole numbers up to 2^53 − 1 are exact in a Double and print without an exponent; a decimal of at most
/// 15 significant digits (DBL_DIG) survives the round trip through a Double and back to the shortest text.
enum FigureNumber {
    /// 2^53 − 1: the largest whole number a Double holds exactly, and its neighbours all exactly too.
    static let largestWhole = 9_007_199_254_740_991
    /// Significant digits a decimal keeps through a Double.
    static let maximumDigits = 15
    /// The smallest non-zero magnitude; far below anything an article counts, far above underflow.
    static let smallestFraction = 0.000_001

    /// What is wrong with the number, as a problem message, or nil when it is kept exactly.
    static func rejection(_ number: JSONNumber) -> String? {
        switch number {
        case .integer(let value):
            guard value.magnitude > UInt(largestWhole) else { return nil }
            return "the number \(value) is too large to keep exactly"
        case .other(let value, let literal):
            let digits = significantDigits(literal)
            guard value.isFinite, value.magnitude <= Double(largestWhole) else {
                return "the number \(shortened(literal)) is too large to keep exactly"
            }
            if digits > 0, value.magnitude < smallestFraction {
                return "the number \(shortened(literal)) is too small"
                    + (value == 0 ? ": it would be read as 0" : "; the smallest non-zero magnitude is 0.000001")
            }
            if digits > maximumDigits {
                return
                    "the number \(shortened(literal)) has \(digits) significant digits; only \(maximumDigits) can be kept exactly"
            }
            return nil
        }
    }

    static let rule =
        "write a whole number between -9007199254740991 and 9007199254740991, or a decimal of at most 15 "
        + "significant digits between 0.000001 and that bound (see \"Numbers\" in docs/dataset-format.md)"

    /// Digits of the mantissa without leading and trailing zeros: "0.0250e3" has 2, "1000" has 1.
    static func significantDigits(_ literal: String) -> Int {
        var first = -1
        var last = -1
        var position = 0
        for byte in literal.utf8 {
            if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { break }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { continue }
            if byte != UInt8(ascii: "0") {
                if first < 0 { first = position }
                last = position
            }
            position += 1
        }
        return first < 0 ? 0 : last - first + 1
    }

    private static func shortened(_ literal: String) -> String {
        literal.utf8.count <= 40 ? literal : String(literal.prefix(40)) + "… (\(literal.utf8.count) characters)"
    }
}
