/// A parsed JSON value that remembers where it starts in the input, so problems found while
/// validating can be put in document order and syntax errors can name a line and column.
struct JSONNode: Sendable {
    /// Byte offset of the value's first character in the input.
    let offset: Int
    let value: JSONValue
}

/// One `"key": value` pair. Objects keep their members in document order, duplicates included,
/// so the validator can report a key written twice instead of silently keeping one.
struct JSONMember: Sendable {
    let key: String
    /// Byte offset of the key's opening quote.
    let keyOffset: Int
    let node: JSONNode
}

/// A JSON number. Whole-number literals that fit in `Int` stay exact; anything else
/// (fractions, exponents, integers too large for `Int`) keeps its double value and its literal
/// so a message can show what was written.
enum JSONNumber: Sendable, Equatable {
    case integer(Int)
    case other(Double, literal: String)

    var doubleValue: Double {
        switch self {
        case .integer(let value): Double(value)
        case .other(let value, _): value
        }
    }

    var literal: String {
        switch self {
        case .integer(let value): String(value)
        case .other(_, let literal): literal
        }
    }
}

enum JSONValue: Sendable {
    case null
    case bool(Bool)
    case number(JSONNumber)
    case string(String)
    case array([JSONNode])
    case object([JSONMember])
}
