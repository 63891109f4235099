/// Where a program's first full screen ends in the bytes it writes to its terminal, found from the bytes alone
/// (no timing, no virtual screen). A frame is complete at the first of its marks:
/// - `lastRowEnded`: the cursor is on the terminal's last row, something has been written there, and the row is
///   then closed with erase-to-end-of-line (`ESC [ K`). ncurses paints a fresh screen top to bottom and closes a
///   row that ends in blanks with `ESC [ K`. The row is followed through CUP (`ESC [ r ; c H`), VPA
///   (`ESC [ r d`), home and line feeds (not through wrapping at the margin: columns are not followed).
/// - `text`: a literal byte string a program writes last: summit's loading screen, whose last row stays blank,
///   ends with its "q quits" line; `less` ends with its prompt, closed by `ESC [ 27 m ESC [ K`.
/// Work is constant per byte, so a long stream costs one pass.
struct FrameEnd {
    enum Mark: Equatable {
        case lastRowEnded
        case text(String)
    }

    let rows: Int
    let marks: [Mark]
    /// Bytes fed so far up to and including the one that completed the frame, once it is complete.
    private(set) var completedAt: Int?

    private var fed = 0
    private var row = 1
    private var wroteOnLastRow = false
    private var state = State.ground
    private var parameters: [UInt8] = []
    /// The last bytes of the stream, as long as the longest text mark.
    private var window: [UInt8] = []
    private let texts: [[UInt8]]
    private let windowLength: Int

    private enum State { case ground, escape, charset, csi }

    init(rows: Int, marks: [Mark]) {
        self.rows = rows
        self.marks = marks
        texts = marks.compactMap { if case .text(let text) = $0 { Array(text.utf8) } else { nil } }
        windowLength = texts.map(\.count).max() ?? 0
    }

    var isComplete: Bool { completedAt != nil }

    /// Feeds the next bytes; returns true once the frame is complete (and stays so).
    @discardableResult
    mutating func feed<Bytes: Sequence>(_ bytes: Bytes) -> Bool where Bytes.Element == UInt8 {
        for byte in bytes {
            if completedAt != nil { return true }
            fed += 1
            if step(byte) { completedAt = fed }
        }
        return completedAt != nil
    }

    private mutating func step(_ byte: UInt8) -> Bool {
        if windowLength > 0 {
            if window.count == windowLength { window.removeFirst() }
            window.append(byte)
            for text in texts where window.count >= text.count && window.suffix(text.count).elementsEqual(text) {
                return true
            }
        }
        switch state {
        case .ground:
            switch byte {
            case 0x1B: state = .escape
            case 0x0A: row = Swift.min(row + 1, rows)
            case 0x00..<0x20, 0x7F: break
            default: if row == rows { wroteOnLastRow = true }
            }
        case .escape:
            switch byte {
            case UInt8(ascii: "["):
                parameters.removeAll(keepingCapacity: true)
                state = .csi
            case UInt8(ascii: "("), UInt8(ascii: ")"): state = .charset
            default: state = .ground
            }
        case .charset:
            state = .ground
        case .csi:
            guard (0x40...0x7E).contains(byte) else {
                if parameters.count < 32 { parameters.append(byte) }
                return false
            }
            state = .ground
            return finish(csi: byte)
        }
        return false
    }

    /// Applies a finished control sequence; true when it closes a written last row.
    private mutating func finish(csi final: UInt8) -> Bool {
        switch final {
        case UInt8(ascii: "H"), UInt8(ascii: "f"), UInt8(ascii: "d"):
            let first = parameters.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).first
            let value = first.flatMap { Int(String(decoding: $0, as: UTF8.self)) } ?? 1
            row = Swift.max(1, Swift.min(value, rows))
            wroteOnLastRow = false
        case UInt8(ascii: "K"):
            return marks.contains(.lastRowEnded) && row == rows && wroteOnLastRow
        default: break
        }
        return false
    }
}
