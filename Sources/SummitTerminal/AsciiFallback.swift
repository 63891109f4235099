import SummitModel
import SummitUI

/// ASCII stand-ins for a terminal whose locale is not UTF-8 (`LANG=C`, `LC_ALL=POSIX`): such a terminal would
/// show UTF-8 bytes as garbage. Every stand-in has the width of what it replaces, so the layout is unchanged:
/// borders become - | +, quotes " and ', arrows and markers < > ^ v *, letters lose their accents, and anything
/// else is ? (?? for a wide character).
struct AsciiFallback {
    private var known: [Character: [Character]] = [:]

    /// The ASCII characters for one cell's character: one per column it takes.
    mutating func characters(for character: Character) -> [Character] {
        if character.isASCII, let value = character.asciiValue, value >= 0x20, value < 0x7F { return [character] }
        if let found = known[character] { return found }
        let made = Self.make(character)
        if known.count < 4096 { known[character] = made }
        return made
    }

    private static func make(_ character: Character) -> [Character] {
        let width = max(1, TextWidth.of(character))
        if let first = character.unicodeScalars.first, let symbol = symbol(first) {
            return [symbol] + Array(repeating: symbol == " " ? " " : "?", count: width - 1)
        }
        // A letter: its folded form (accents dropped, ł → l), in the original case.
        let folded = DatasetIndex.fold(String(character))
        if folded.count == 1, let plain = folded.first, plain.isASCII, plain.isLetter || plain.isNumber {
            let cased = character.isUppercase ? Character(plain.uppercased()) : plain
            return [cased] + Array(repeating: "?", count: width - 1)
        }
        return Array(repeating: "?", count: width)
    }

    private static func symbol(_ scalar: Unicode.Scalar) -> Character? {
        switch scalar.value {
        case 0x2500, 0x2501, 0x2504, 0x2505, 0x2508, 0x2509, 0x254C, 0x254D, 0x2550, 0x2574, 0x2576, 0x2578, 0x257A: "-"
        case 0x2502, 0x2503, 0x2506, 0x2507, 0x250A, 0x250B, 0x254E, 0x254F, 0x2551, 0x2575, 0x2577, 0x2579, 0x257B: "|"
        case 0x2500...0x257F: "+"
        case 0x2580...0x259F: "#"
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033: "\""
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x00B4, 0x0060: "'"
        case 0x2010...0x2015, 0x2212: "-"
        case 0x2026, 0x00B7, 0x2022, 0x2219, 0x22C5: scalar.value == 0x2022 ? "*" : "."
        case 0x25B6, 0x25BA, 0x203A, 0x2192, 0x21D2, 0x27E9, 0x3009: ">"
        case 0x25C0, 0x25C4, 0x2039, 0x2190, 0x21D0, 0x27E8, 0x3008, 0x232B: "<"
        case 0x2191, 0x25B2: "^"
        case 0x2193, 0x25BC: "v"
        case 0x2194, 0x21D4: "="
        case 0x2713, 0x2714: "v"
        case 0x2717, 0x2718, 0x00D7: "x"
        case 0x00B1: "+"
        case 0x2400...0x2426: "^"
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: " "
        default: nil
        }
    }
}
