import CNcursesw
import Glibc
import SummitModel
import SummitUI

/// Grapheme clusters an ncurses cell cannot hold: one holds a spacing character plus at most four non-spacing
/// ones (CCHARW_MAX), so a flag (two regional indicators) kept only its first, a ZWJ family its first person and
/// a letter with many combining marks lost most of them.
///
/// Such a cluster is given to ncurses as a stand-in of the same width; after each `doupdate` summit writes the
/// cluster's own bytes over it and then the rest of that row again, each cell at its absolute column. A terminal
/// that draws the cluster in its width shows it whole; one that draws it wider (tmux splits a ZWJ family into
/// its people) has the overflow painted over, so the row stays aligned and shows the cluster's start. Attributes
/// go through ncurses' own `vid_puts` and the cursor ends where ncurses believes it is, so ncurses' picture of
/// the terminal stays true.
enum WholeClusters {
    /// True for a cluster ncurses would cut: more than five scalars, or a spacing scalar after the first.
    /// Clusters holding a control character never qualify: those are drawn as pictures instead.
    static func needsOwnPaint(_ character: Character) -> Bool {
        let scalars = character.unicodeScalars
        guard scalars.count > 1, !scalars.contains(where: SafeText.isUnsafe) else { return false }
        return scalars.count > 5 || scalars.dropFirst().contains { TextWidth.of($0) != 0 }
    }

    /// What ncurses holds in the cell meanwhile: a wide mark for a two-column cluster (so ncurses knows the
    /// width), else the base character.
    static func standIn(for character: Character) -> Character {
        TextWidth.of(character) == 2 ? "〓" : Character(character.unicodeScalars.first!)
    }

    /// The scalars ncurses is given for a cell: at most five, unsafe ones as their one-scalar pictures.
    static func cellScalars(_ character: Character) -> [Unicode.Scalar] {
        let scalars = character.unicodeScalars.prefix(5).map { scalar -> Unicode.Scalar in
            guard SafeText.isUnsafe(scalar) else { return scalar }
            let picture = SafeText.picture(for: scalar).unicodeScalars
            return picture.count == 1 ? picture.first! : "\u{FFFD}"
        }
        return scalars.isEmpty ? [" "] : scalars
    }

    /// The bytes that paint the clusters of `grid` whole (the rows they are on, from the first cluster to the end
    /// of the painted width) and put the cursor back at (cursorY, cursorX). Empty without clusters, or when the
    /// terminal cannot address the cursor (then the stand-ins stay, of the right width).
    static func bytes(
        _ grid: CellGrid, width: Int, height: Int, palette: Palette, cursorY: Int32, cursorX: Int32,
        screenHeight: Int, screenWidth: Int
    ) -> [UInt8] {
        var out: [UInt8] = []
        var buffer = [CChar](repeating: 0, count: 256)
        func capture(_ count: Int32) -> Bool {
            guard count >= 0 else { return false }
            out += buffer[0..<Int(count)].map { UInt8(bitPattern: $0) }
            return true
        }
        func move(_ y: Int, _ x: Int) -> Bool {
            capture(summit_cursor_bytes(Int32(y), Int32(x), &buffer, Int32(buffer.count)))
        }
        var any = false
        for y in 0..<height {
            guard
                let first = (0..<width).first(where: {
                    !grid[$0, y].isContinuation && needsOwnPaint(grid[$0, y].character)
                })
            else { continue }
            any = true
            guard move(y, first) else { return [] }
            var resync = false
            for x in first..<width {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                // Never the bottom-right cell: writing it scrolls some terminals.
                if y == screenHeight - 1, x + TextWidth.of(cell.character) >= screenWidth { break }
                if resync { guard move(y, x) else { return [] } }
                let look = palette.attributes(of: cell.style)
                _ = capture(summit_attribute_bytes(look.attributes, look.pair, &buffer, Int32(buffer.count)))
                let whole = needsOwnPaint(cell.character)
                var text = String.UnicodeScalarView()
                text.append(contentsOf: whole ? Array(cell.character.unicodeScalars) : cellScalars(cell.character))
                out += Array(String(text).utf8)
                // After a cluster the terminal's column is its own guess: place the next cell absolutely.
                resync = whole
            }
        }
        guard any else { return [] }
        _ = capture(summit_attribute_bytes(summit_A_NORMAL(), 0, &buffer, Int32(buffer.count)))
        _ = capture(summit_cursor_bytes(cursorY, cursorX, &buffer, Int32(buffer.count)))
        return out
    }
}
