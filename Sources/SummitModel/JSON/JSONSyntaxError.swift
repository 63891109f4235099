/// A JSON syntax error: where (byte offset and the path of the value being read), what, and how to fix it.
struct JSONSyntaxError: Error, Sendable {
    let offset: Int
    let message: String
    let fix: String
    /// Filled in on the way out of the recursion, so the happy path pays nothing for it.
    var path: [JSONPathComponent] = []
}

/// The parser's error messages: each says where, what was found, and what to write instead.
extension JSONParser {
    func error(_ message: String, fix: String, path: [JSONPathComponent] = []) -> JSONSyntaxError {
        JSONSyntaxError(offset: index, message: message, fix: fix, path: path)
    }

    func unclosed(_ what: String, at open: Int, closer: String) -> JSONSyntaxError {
        let location = JSONLocation(offset: open, in: bytes)
        return error(
            "the file ends inside the \(what) opened at \(location)",
            fix: "close it with \(closer), or check for a missing quote or bracket above")
    }

    func unclosedString(at open: Int) -> JSONSyntaxError {
        JSONSyntaxError(
            offset: open, message: "this string is never closed",
            fix: "add the closing double quote; write a quote inside a string as \\\"")
    }

    func controlCharacterError(_ byte: UInt8) -> JSONSyntaxError {
        let escape: String =
            switch byte {
            case 0x0A: "\\n"
            case 0x0D: "\\r"
            case 0x09: "\\t"
            default: "\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            }
        return error(
            "a raw control character (\(ProblemText.visible(Unicode.Scalar(byte)))) inside a string",
            fix: "write it as \(escape), or close the string if a quote is missing")
    }

    func loneSurrogate(_ unit: UInt16, at offset: Int) -> JSONSyntaxError {
        JSONSyntaxError(
            offset: offset,
            message:
                "\\u\(String(unit, radix: 16, uppercase: true)) is half of a surrogate pair with no partner, which is not a character",
            fix: "write the character itself, or both halves of the pair (e.g. \\uD83D\\uDE00)")
    }

    func commentError() -> JSONSyntaxError {
        error("comments are not allowed in JSON", fix: "remove the comment; put remarks in a \"note\" field instead")
    }

    /// The character at the current position, made safe to print.
    func describeCurrent() -> String {
        guard index < bytes.count else { return "the end of the file" }
        let byte = bytes[index]
        if byte < 0x80 { return "'" + ProblemText.visible(Unicode.Scalar(byte)) + "'" }
        // Decode the whole (valid) UTF-8 sequence so the message shows the real character.
        var end = index + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
        return "'" + text.unicodeScalars.map(ProblemText.visible).joined() + "'"
    }

    /// The bare word at the current position (up to 20 letters), for "found 'nul'".
    func describeCurrentWord() -> String {
        var end = index
        while end < bytes.count, end - index < 20,
            (bytes[end] >= UInt8(ascii: "a") && bytes[end] <= UInt8(ascii: "z"))
                || (bytes[end] >= UInt8(ascii: "A") && bytes[end] <= UInt8(ascii: "Z"))
        {
            end += 1
        }
        guard end > index else { return describeCurrent() }
        return "'" + String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self) + "'"
    }
}
