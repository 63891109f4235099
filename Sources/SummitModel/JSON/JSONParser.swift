/// A strict RFC 8259 parser over UTF-8 bytes that records each value's byte offset.
///
/// Written by hand rather than using JSONSerialization or JSONDecoder because the validator needs
/// positions (line and column for syntax errors, document order for all problems), duplicate keys,
/// exact integers, and messages that say what to do. The input must already be valid UTF-8.
struct JSONParser {
    /// Deeper nesting is refused instead of risking the stack; datasets nest about five levels.
    static let maximumDepth = 100
    /// More values are refused: each costs about 100 bytes parsed, so this bounds memory whatever the input
    /// (1 GiB of `0,` would otherwise be 500 million values). A million records take about 17 million.
    static let maximumValues = 40_000_000

    let valueLimit: Int
    /// Values started so far, counted against `valueLimit`.
    var values = 0

    let bytes: UnsafeBufferPointer<UInt8>
    /// The read position: a byte offset into `bytes`.
    var index = 0
    /// Members and elements of the containers being parsed, innermost last. Each container is
    /// copied out in one exact-size allocation when it closes, instead of growing its own array
    /// by doubling: far fewer allocations and no slack capacity across a million records.
    private var memberStack: [JSONMember] = []
    private var elementStack: [JSONNode] = []
    /// Where the parser reports bytes and records every `LoadProgress.reportEvery` records, and learns it is
    /// cancelled; nil for loads nobody watches.
    let progress: LoadProgress?
    /// Elements of the root object's arrays (the records) parsed so far.
    var records = 0
    /// Root arrays already parsed on two threads, by the offset of their `[`: taken as they are (DECISIONS 75).
    var parsedArrays: [Int: ParsedArray] = [:]
    /// True for a parser reading one half of the records: it adds to the progress instead of setting it.
    var readsHalf = false
    /// The read position at the last report, for a half's progress.
    var reportedIndex = 0

    init(
        bytes: UnsafeBufferPointer<UInt8>, valueLimit: Int = JSONParser.maximumValues, progress: LoadProgress? = nil
    ) {
        self.bytes = bytes
        self.valueLimit = valueLimit
        self.progress = progress
    }

    /// Parses one JSON document: a single value with only whitespace around it.
    /// With `progress`, reports as it goes and stops with `cancelledError` once the load is cancelled.
    static func parse(
        _ bytes: UnsafeBufferPointer<UInt8>, valueLimit: Int = maximumValues, progress: LoadProgress? = nil
    ) throws(JSONSyntaxError) -> JSONNode {
        var parser = JSONParser(bytes: bytes, valueLimit: valueLimit, progress: progress)
        return try parser.parseRoot()
    }

    /// The document from its first byte.
    mutating func parseRoot() throws(JSONSyntaxError) -> JSONNode {
        // A UTF-8 byte-order mark is not JSON, but some editors write one; it carries no meaning.
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { index = 3 }
        skipWhitespace()
        let root = try parseValue(depth: 0)
        skipWhitespace()
        if index < bytes.count {
            throw error(
                "unexpected \(describeCurrent()) after the end of the top-level value",
                fix: "the dataset must be a single JSON object; remove what follows its closing }")
        }
        progress?.parsed(bytes: bytes.count, of: bytes.count, records: records)
        return root
    }

    /// Thrown when the watched load was cancelled; the loader turns it into "no dataset", never a message.
    static let cancelledMessage = "the load was cancelled"

    /// Counts a record (an element of an array in the root object) and, every so often, reports and checks for
    /// cancellation.
    mutating func countRecord() throws(JSONSyntaxError) {
        guard let progress else { return }
        records += 1
        guard records % LoadProgress.reportEvery == 0 else { return }
        if readsHalf {
            progress.advanced(bytes: index - reportedIndex, records: LoadProgress.reportEvery)
            reportedIndex = index
        } else {
            progress.parsed(bytes: index, of: bytes.count, records: records)
        }
        if progress.isCancelled { throw error(Self.cancelledMessage, fix: "") }
    }

    // MARK: - Values

    mutating func parseValue(depth: Int) throws(JSONSyntaxError) -> JSONNode {
        guard index < bytes.count else {
            throw error(
                "the file ends where a value was expected",
                fix: "complete the value, or remove the dangling comma or colon")
        }
        let start = index
        values += 1
        if values > valueLimit {
            throw error(
                "the file holds more than \(valueLimit) JSON values, the most summit reads",
                fix: "a dataset of a million records holds about 17 million; split the file "
                    + "(see \"Limits\" in docs/dataset-format.md)")
        }
        switch bytes[index] {
        case UInt8(ascii: "{"):
            return JSONNode(offset: start, value: try parseObject(depth: depth))
        case UInt8(ascii: "["):
            return JSONNode(offset: start, value: try parseArray(depth: depth))
        case UInt8(ascii: "\""):
            return JSONNode(offset: start, value: .string(try parseString()))
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return JSONNode(offset: start, value: .number(try parseNumber()))
        case UInt8(ascii: "t"):
            try expectWord("true")
            return JSONNode(offset: start, value: .bool(true))
        case UInt8(ascii: "f"):
            try expectWord("false")
            return JSONNode(offset: start, value: .bool(false))
        case UInt8(ascii: "n"):
            try expectWord("null")
            return JSONNode(offset: start, value: .null)
        case UInt8(ascii: "'"):
            throw error(
                "strings must be in double quotes, found a single quote", fix: "write \"text\" instead of 'text'")
        case UInt8(ascii: "/"):
            throw commentError()
        case UInt8(ascii: "]"), UInt8(ascii: "}"):
            throw error(
                "expected a value, found \(describeCurrent())",
                fix: "remove the trailing comma before it, or put a value here")
        default:
            throw error(
                "expected a value (object, array, string, number, true, false or null), found \(describeCurrent())",
                fix: "write strings in double quotes; JSON has no bare words, NaN or Infinity")
        }
    }

    private mutating func parseObject(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        let open = index
        try enter(depth: depth)
        index += 1
        let mark = memberStack.count
        defer { memberStack.removeSubrange(mark...) }
        skipWhitespace()
        if peek(UInt8(ascii: "}")) {
            index += 1
            return .object([])
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw unclosed("object", at: open, closer: "}") }
            guard bytes[index] == UInt8(ascii: "\"") else {
                if bytes[index] == UInt8(ascii: "}") {
                    throw error("trailing comma before }", fix: "remove the comma after the last member")
                }
                if bytes[index] == UInt8(ascii: "/") { throw commentError() }
                throw error(
                    "expected a member name in double quotes, found \(describeCurrent())",
                    fix: "write each member as \"name\": value")
            }
            let keyOffset = index
            let key = try parseString()
            skipWhitespace()
            guard peek(UInt8(ascii: ":")) else {
                if index >= bytes.count { throw unclosed("object", at: open, closer: "}") }
                throw error(
                    "expected : after the member name \(ProblemText.quoted(key, limit: 40)), found \(describeCurrent())",
                    fix: "write \"name\": value", path: [.key(key)])
            }
            index += 1
            skipWhitespace()
            let node: JSONNode
            do {
                node = try parseValue(depth: depth + 1)
            } catch {
                var error = error
                error.path.insert(.key(key), at: 0)
                throw error
            }
            memberStack.append(JSONMember(key: key, keyOffset: keyOffset, node: node))
            skipWhitespace()
            guard index < bytes.count else { throw unclosed("object", at: open, closer: "}") }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "}"):
                index += 1
                return .object(Array(memberStack[mark...]))
            case UInt8(ascii: "\""):
                throw error(
                    "expected , or } after the value of \(ProblemText.quoted(key, limit: 40)), found the start of another member",
                    fix: "add a comma at the end of the previous member")
            default:
                throw error(
                    "expected , or } after the value of \(ProblemText.quoted(key, limit: 40)), found \(describeCurrent())",
                    fix: "separate members with commas and close the object with }")
            }
        }
    }

    private mutating func parseArray(depth: Int) throws(JSONSyntaxError) -> JSONValue {
        let open = index
        if depth == 1, !parsedArrays.isEmpty, let parsed = parsedArrays[open] {
            index = parsed.end
            records += parsed.nodes.count
            return .array(parsed.nodes)
        }
        try enter(depth: depth)
        index += 1
        let mark = elementStack.count
        defer { elementStack.removeSubrange(mark...) }
        skipWhitespace()
        if peek(UInt8(ascii: "]")) {
            index += 1
            return .array([])
        }
        while true {
            skipWhitespace()
            guard index < bytes.count else { throw unclosed("array", at: open, closer: "]") }
            if bytes[index] == UInt8(ascii: "]") {
                throw error("trailing comma before ]", fix: "remove the comma after the last element")
            }
            do {
                let element = try parseValue(depth: depth + 1)
                elementStack.append(element)
                if depth == 1 { try countRecord() }
            } catch {
                var error = error
                error.path.insert(.index(elementStack.count - mark), at: 0)
                throw error
            }
            skipWhitespace()
            guard index < bytes.count else { throw unclosed("array", at: open, closer: "]") }
            switch bytes[index] {
            case UInt8(ascii: ","):
                index += 1
            case UInt8(ascii: "]"):
                index += 1
                return .array(Array(elementStack[mark...]))
            default:
                throw error(
                    "expected , or ] after an array element, found \(describeCurrent())",
                    fix: "separate elements with commas and close the array with ]")
            }
        }
    }

    // MARK: - Strings

    private mutating func parseString() throws(JSONSyntaxError) -> String {
        let open = index
        index += 1
        let contentStart = index
        // Fast path: no escapes, so the bytes between the quotes are the string.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[contentStart..<index]), as: UTF8.self)
                index += 1
                return text
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw controlCharacterError(byte) }
            index += 1
        }
        guard index < bytes.count else { throw unclosedString(at: open) }
        var buffer = Array(bytes[contentStart..<index])
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                return String(decoding: buffer, as: UTF8.self)
            case UInt8(ascii: "\\"):
                try parseEscape(into: &buffer)
            case 0..<0x20:
                throw controlCharacterError(byte)
            default:
                buffer.append(byte)
                index += 1
            }
        }
        throw unclosedString(at: open)
    }

    private mutating func parseEscape(into buffer: inout [UInt8]) throws(JSONSyntaxError) {
        let escapeStart = index
        index += 1
        guard index < bytes.count else { throw unclosedString(at: escapeStart) }
        let byte = bytes[index]
        index += 1
        switch byte {
        case UInt8(ascii: "\""): buffer.append(UInt8(ascii: "\""))
        case UInt8(ascii: "\\"): buffer.append(UInt8(ascii: "\\"))
        case UInt8(ascii: "/"): buffer.append(UInt8(ascii: "/"))
        case UInt8(ascii: "b"): buffer.append(0x08)
        case UInt8(ascii: "f"): buffer.append(0x0C)
        case UInt8(ascii: "n"): buffer.append(0x0A)
        case UInt8(ascii: "r"): buffer.append(0x0D)
        case UInt8(ascii: "t"): buffer.append(0x09)
        case UInt8(ascii: "u"):
            let unit = try parseHexUnit(escapeStart: escapeStart)
            var scalarValue = UInt32(unit)
            if (0xD800...0xDBFF).contains(unit) {
                // A high surrogate must be followed by an escaped low surrogate to form one character.
                guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u")
                else {
                    throw loneSurrogate(unit, at: escapeStart)
                }
                let lowStart = index
                index += 2
                let low = try parseHexUnit(escapeStart: lowStart)
                guard (0xDC00...0xDFFF).contains(low) else { throw loneSurrogate(unit, at: escapeStart) }
                scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(unit) {
                throw loneSurrogate(unit, at: escapeStart)
            }
            guard let scalar = Unicode.Scalar(scalarValue) else { throw loneSurrogate(unit, at: escapeStart) }
            buffer.append(contentsOf: String(scalar).utf8)
        default:
            index = escapeStart
            throw error(
                "\\\(ProblemText.visible(Unicode.Scalar(byte))) is not a JSON escape",
                fix: "valid escapes are \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX; write a backslash as \\\\")
        }
    }

    /// Reads the four hex digits after `\u`.
    private mutating func parseHexUnit(escapeStart: Int) throws(JSONSyntaxError) -> UInt16 {
        var value: UInt16 = 0
        for _ in 0..<4 {
            guard index < bytes.count, let digit = hexValue(bytes[index]) else {
                index = escapeStart
                throw error(
                    "\\u must be followed by four hex digits",
                    fix: "write a character code as \\u00E9, or the character itself")
            }
            value = value << 4 | UInt16(digit)
            index += 1
        }
        return value
    }

    private func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }

    // MARK: - Numbers

    private mutating func parseNumber() throws(JSONSyntaxError) -> JSONNumber {
        let start = index
        var negative = false
        if bytes[index] == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        guard index < bytes.count, isDigit(bytes[index]) else {
            throw error("a minus sign must be followed by digits", fix: "write a number such as -1")
        }
        var integer = 0
        var fitsInt = true
        if bytes[index] == UInt8(ascii: "0") {
            index += 1
            if index < bytes.count, isDigit(bytes[index]) {
                index = start
                throw error("numbers must not start with 0", fix: "remove the leading zeros")
            }
        } else {
            while index < bytes.count, isDigit(bytes[index]) {
                let digit = Int(bytes[index] - UInt8(ascii: "0"))
                // Accumulate negatively so Int.min is representable; overflow just means "not an Int".
                let (times, overflow1) = integer.multipliedReportingOverflow(by: 10)
                let (next, overflow2) = times.subtractingReportingOverflow(digit)
                if overflow1 || overflow2 { fitsInt = false } else { integer = next }
                index += 1
            }
        }
        var isWhole = true
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            isWhole = false
            index += 1
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw error("a decimal point must be followed by digits", fix: "write 1.0 or 1, not 1.")
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == UInt8(ascii: "e") || bytes[index] == UInt8(ascii: "E") {
            isWhole = false
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") {
                index += 1
            }
            guard index < bytes.count, isDigit(bytes[index]) else {
                throw error("an exponent must have digits", fix: "write a number such as 1e6")
            }
            while index < bytes.count, isDigit(bytes[index]) { index += 1 }
        }
        if isWhole && fitsInt {
            if negative { return .integer(integer) }
            let (positive, overflow) = (0).subtractingReportingOverflow(integer)
            if !overflow { return .integer(positive) }
        }
        let literal = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
        // Double(String) accepts every JSON number literal; huge exponents give ±infinity, which
        // the validator reports as out of range.
        return .other(Double(literal) ?? .nan, literal: literal)
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

    // MARK: - Small pieces

    private mutating func expectWord(_ word: StaticString) throws(JSONSyntaxError) {
        let length = word.utf8CodeUnitCount
        let matches =
            index + length <= bytes.count
            && (0..<length).allSatisfy { bytes[index + $0] == word.utf8Start[$0] }
        guard matches else {
            throw error(
                "expected a value, found \(describeCurrentWord())",
                fix: "write strings in double quotes; the only bare words in JSON are true, false and null")
        }
        index += length
    }

    private func enter(depth: Int) throws(JSONSyntaxError) {
        if depth >= Self.maximumDepth {
            throw error(
                "arrays and objects are nested more than \(Self.maximumDepth) levels deep",
                fix: "a dataset nests only a few levels; check for runaway brackets")
        }
    }

    private func peek(_ byte: UInt8) -> Bool { index < bytes.count && bytes[index] == byte }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }
}
