import Foundation
import Testing

@testable import summit_bench

/// `FrameEnd` on byte streams recorded from real programs in a 120x40 pty (Tests/Fixtures/first-frames: `less` on
/// the article, summit's explorer on the bundled data, summit's loading screen on a FIFO that never ends).
@Suite struct FrameEndTests {
    static func recording(_ name: String) throws -> [UInt8] {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        return Array(try Data(contentsOf: folder.appendingPathComponent("Fixtures/first-frames/\(name).out")))
    }

    /// Fed in chunks of every size from 1 byte, the frame ends at the same byte: splits inside a sequence are fine.
    static func end(of bytes: [UInt8], marks: [FrameEnd.Mark] = FirstFrame.explorerMarks, chunk: Int) -> Int? {
        var end = FrameEnd(rows: 40, marks: marks)
        var start = 0
        while start < bytes.count, !end.isComplete {
            end.feed(bytes[start..<Swift.min(start + chunk, bytes.count)])
            start += chunk
        }
        return end.completedAt
    }

    @Test func lessEndsAtItsPrompt() throws {
        let bytes = try Self.recording("less-article")
        let prompt = Array("/work/shared/source/paris-summit-article.txt\u{1B}[27m\u{1B}[K".utf8)
        // The prompt is the recording's last bytes: the frame ends at its final byte.
        #expect(Array(bytes.suffix(prompt.count)) == prompt)
        for chunk in [1, 7, 64, 4095, bytes.count] {
            #expect(Self.end(of: bytes, marks: FirstFrame.lessMarks, chunk: chunk) == bytes.count)
        }
        // less lets long lines wrap at the margin, so counting line feeds never puts it on its last row.
        #expect(Self.end(of: bytes, marks: [.lastRowEnded], chunk: bytes.count) == nil)
    }

    @Test func theExplorerEndsWhenItsStatusBarClosesTheLastRow() throws {
        let bytes = try Self.recording("summit-explorer")
        let ending = try #require(Self.end(of: bytes, chunk: bytes.count))
        // The status bar's erase-to-end-of-line; only ncurses' attribute reset follows it.
        #expect(Array(bytes[..<ending].suffix(3)) == Array("\u{1B}[K".utf8))
        #expect(String(decoding: bytes[ending...], as: UTF8.self) == "\u{1B}[39;49m\u{1B}(B\u{1B}[m")
        #expect(String(decoding: bytes[..<ending], as: UTF8.self).contains("\u{1B}[40d"))
        for chunk in [1, 5, 4095] { #expect(Self.end(of: bytes, chunk: chunk) == ending) }
        // Cut before the last row, the frame is not complete: the first 4,095 bytes (ncurses' first write) stop at row 32.
        #expect(Self.end(of: Array(bytes.prefix(4095)), chunk: 4095) == nil)
    }

    @Test func theLoadingScreenEndsAtItsQuitLineThoughItsLastRowStaysBlank() throws {
        let bytes = try Self.recording("summit-loading")
        #expect(Self.end(of: bytes, marks: [.lastRowEnded], chunk: bytes.count) == nil)
        let ending = try #require(Self.end(of: bytes, chunk: 1))
        #expect(String(decoding: bytes[..<ending], as: UTF8.self).hasSuffix("q quits"))
    }

    @Test func theRowIsFollowedThroughLineFeedsAndCursorMoves() {
        func end(_ text: String) -> Int? {
            var frame = FrameEnd(rows: 3, marks: [.lastRowEnded])
            frame.feed(Array(text.utf8))
            return frame.completedAt
        }
        #expect(end("a\r\nb\r\nc\u{1B}[K") == 10)
        #expect(end("a\r\nb\u{1B}[K") == nil)  // row 2 of 3
        #expect(end("\u{1B}[3;1Hc\u{1B}[K") == 10)
        #expect(end("\u{1B}[3dc\u{1B}[K") == 8)
        #expect(end("\u{1B}[3d\u{1B}[K") == nil)  // nothing written on the last row
        #expect(end("\u{1B}[3dc\u{1B}[Hx\u{1B}[K") == nil)  // back home before the erase
        #expect(end("\u{1B}[9;1Hc\u{1B}[K") == 10)  // clamped to the last row
        #expect(end("\n\n\n\n\nc\u{1B}[K") == 9)  // line feeds stop at the last row
    }
}
