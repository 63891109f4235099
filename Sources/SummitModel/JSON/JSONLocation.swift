/// A line and column in the input, both 1-based. Columns count characters (Unicode scalars),
/// not bytes, so they match what an editor shows for non-ASCII text; a tab counts as one.
struct JSONLocation: Hashable, Sendable, CustomStringConvertible {
    let line: Int
    let column: Int

    /// Computes the location of a byte offset. Linear in the offset; only used when reporting.
    init(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        for index in 0..<end where bytes[index] == UInt8(ascii: "\n") {
            line += 1
            lineStart = index + 1
        }
        var column = 1
        for index in lineStart..<end where bytes[index] & 0xC0 != 0x80 {
            column += 1  // every byte that is not a UTF-8 continuation byte starts a character
        }
        self.line = line
        self.column = column
    }

    var description: String { "line \(line), column \(column)" }
}
