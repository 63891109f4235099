import SummitModel

/// Headings drawn as block letters, for reading a slide from the back of a room (ncurses cannot change the font
/// size). Our own 5-pixel-high font (decision 40): capitals, digits and a little punctuation; accents are folded
/// away ("Türkiye" → "TURKIYE"). At scale 1 two pixel rows share a cell through half blocks, so a letter is 3 rows
/// high; at scale 2 a pixel is a full block two columns wide, so a letter is 5 rows high.
public enum BlockLetters {
    /// The glyphs, five rows each, `#` for a pixel. Most are 3 wide; M, N, W are wider to stay readable.
    static let glyphs: [Character: [String]] = [
        "A": [".#.", "#.#", "###", "#.#", "#.#"], "B": ["##.", "#.#", "##.", "#.#", "##."],
        "C": [".##", "#..", "#..", "#..", ".##"], "D": ["##.", "#.#", "#.#", "#.#", "##."],
        "E": ["###", "#..", "##.", "#..", "###"], "F": ["###", "#..", "##.", "#..", "#.."],
        "G": [".##", "#..", "#.#", "#.#", ".##"], "H": ["#.#", "#.#", "###", "#.#", "#.#"],
        "I": ["###", ".#.", ".#.", ".#.", "###"], "J": ["..#", "..#", "..#", "#.#", ".#."],
        "K": ["#.#", "#.#", "##.", "#.#", "#.#"], "L": ["#..", "#..", "#..", "#..", "###"],
        "M": ["#...#", "##.##", "#.#.#", "#...#", "#...#"], "N": ["#..#", "##.#", "#.##", "#..#", "#..#"],
        "O": [".#.", "#.#", "#.#", "#.#", ".#."], "P": ["##.", "#.#", "##.", "#..", "#.."],
        "Q": [".#.", "#.#", "#.#", "##.", ".##"], "R": ["##.", "#.#", "##.", "#.#", "#.#"],
        "S": [".##", "#..", ".#.", "..#", "##."], "T": ["###", ".#.", ".#.", ".#.", ".#."],
        "U": ["#.#", "#.#", "#.#", "#.#", "###"], "V": ["#.#", "#.#", "#.#", "#.#", ".#."],
        "W": ["#...#", "#...#", "#.#.#", "##.##", "#...#"], "X": ["#.#", "#.#", ".#.", "#.#", "#.#"],
        "Y": ["#.#", "#.#", ".#.", ".#.", ".#."], "Z": ["###", "..#", ".#.", "#..", "###"],
        "0": ["###", "#.#", "#.#", "#.#", "###"], "1": [".#.", "##.", ".#.", ".#.", "###"],
        "2": ["##.", "..#", ".#.", "#..", "###"], "3": ["##.", "..#", ".#.", "..#", "##."],
        "4": ["#.#", "#.#", "###", "..#", "..#"], "5": ["###", "#..", "##.", "..#", "##."],
        "6": [".##", "#..", "###", "#.#", "###"], "7": ["###", "..#", ".#.", ".#.", ".#."],
        "8": ["###", "#.#", "###", "#.#", "###"], "9": ["###", "#.#", "###", "..#", "##."],
        " ": ["..", "..", "..", "..", ".."], "-": ["...", "...", "###", "...", "..."],
        ".": [".", ".", ".", ".", "#"], ",": [".", ".", ".", "#", "#"], ":": [".", "#", ".", "#", "."],
        "?": ["##.", "..#", ".#.", "...", ".#."], "!": ["#", "#", "#", ".", "#"],
        "'": ["#", "#", ".", ".", "."], "’": ["#", "#", ".", ".", "."], "/": ["..#", "..#", ".#.", "#..", "#.."],
    ]

    /// Rows a heading takes at `scale`.
    public static func height(scale: Int) -> Int { scale >= 2 ? 5 : 3 }

    /// The heading as text rows at `scale` (1 or 2), or nil when a character has no glyph.
    public static func rows(_ heading: String, scale: Int) -> [String]? {
        let letters = Array(DatasetIndex.fold(heading).uppercased())
        var pixels = Array(repeating: "", count: 5)
        for (n, letter) in letters.enumerated() {
            guard let glyph = glyphs[letter] else { return nil }
            for row in 0..<5 { pixels[row] += glyph[row] + (n < letters.count - 1 ? "." : "") }
        }
        return scale >= 2 ? pixels.map(wide) : halfBlocks(pixels)
    }

    /// Columns a heading takes at `scale`, or nil when a character has no glyph.
    public static func width(_ heading: String, scale: Int) -> Int? {
        rows(heading, scale: scale).map { $0.first.map(TextWidth.of) ?? 0 }
    }

    /// Two pixel rows per text row: ▀ top, ▄ bottom, █ both.
    private static func halfBlocks(_ pixels: [String]) -> [String] {
        stride(from: 0, to: 5, by: 2).map { top in
            let upper = Array(pixels[top])
            let lower = top + 1 < 5 ? Array(pixels[top + 1]) : []
            return String(
                upper.indices.map { i -> Character in
                    let u = upper[i] == "#"
                    let l = i < lower.count && lower[i] == "#"
                    return u && l ? "█" : u ? "▀" : l ? "▄" : " "
                })
        }
    }

    /// A pixel as a full block two columns wide.
    private static func wide(_ pixels: String) -> String {
        String(pixels.flatMap { $0 == "#" ? "██" : "  " })
    }
}
