#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Folding for search: lowercase, diacritics removed, typographic punctuation made plain
/// ("Türkiye" → "turkiye", "RTÉ" → "rte", "Ukraine’s" → "ukraine's").
///
/// Folding is defined per Unicode scalar and a text folds to the concatenation of its scalars' foldings, so a
/// character's folding is its scalars' foldings: that is what lets `matchRanges` map a match in folded text back
/// to whole characters of the original.
enum TextFolding {
    /// Letters that carry no combining mark to strip, and punctuation users type plainly.
    /// Keys are already lowercase (the table is applied after lowercasing).
    static let plain: [Unicode.Scalar: String] = [
        "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i", "ŀ": "l", "ŧ": "t",
        "æ": "ae", "œ": "oe", "ß": "ss", "þ": "th", "ð": "d",
        "\u{2018}": "'", "\u{2019}": "'", "\u{201B}": "'", "\u{02BC}": "'", "\u{2032}": "'",
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{2033}": "\"",
        "\u{00AB}": "\"", "\u{00BB}": "\"",
        "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2014}": "-", "\u{2212}": "-",
        "\u{00A0}": " ", "\u{2009}": " ", "\u{202F}": " ", "\u{2007}": " ",
    ]

    /// The folding of one character: the concatenation of its scalars' foldings.
    static func fold(_ character: Character) -> String {
        if character.isASCII { return asciiLowercased(character) }
        var bytes: [UInt8] = []
        for scalar in character.unicodeScalars { appendFolded(scalar, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Folds one scalar: lowercase it, decompose it, drop combining marks, apply `plain`.
    /// Folding scalar by scalar gives the same result as folding whole characters (lowercasing is per scalar,
    /// and the marks canonical reordering would move are dropped), and it needs no grapheme breaking.
    @inline(__always)
    static func appendFolded(_ scalar: Unicode.Scalar, to bytes: inout [UInt8]) {
        if scalar.isASCII {
            bytes.append(lowercaseASCII(UInt8(scalar.value)))
        } else if let folded = commonFold(scalar.value) {
            bytes.append(contentsOf: folded)
        } else {
            bytes.append(contentsOf: slowFold(scalar))
        }
    }

    /// The non-ASCII scalars text usually holds: Latin-1, Latin Extended-A/B, combining diacritics, Latin Extended
    /// Additional, general punctuation. Their foldings are generated (`TextFoldingTable.swift`, `./dev tables`):
    /// building them at start cost a lookup such as `summit actor poland` a tenth of its time (docs/DECISIONS.md 61).
    static let commonRanges: [ClosedRange<UInt32>] = [0x80...0x24F, 0x300...0x36F, 0x1E00...0x1EFF, 0x2000...0x206F]

    /// The folding of each scalar of `commonRanges`, in order, unpacked once from the generated table.
    private static let common: [[UInt8]] = {
        var table: [[UInt8]] = []
        table.reserveCapacity(commonRanges.reduce(0) { $0 + $1.count })
        PackedHex.forEachEntry(in: packedCommon) { _, bytes in table.append(bytes.map { UInt8($0) }) }
        return table
    }()

    /// The generated folding of `value` when it lies in `commonRanges`.
    @inline(__always)
    static func commonFold(_ value: UInt32) -> [UInt8]? {
        var base = 0
        for range in commonRanges {
            if value < range.lowerBound { return nil }
            if value <= range.upperBound {
                let index = base + Int(value - range.lowerBound)
                return index < common.count ? common[index] : nil
            }
            base += range.count
        }
        return nil
    }

    /// Folds one scalar the long way; `./dev tables` generates `commonRanges`' foldings with it.
    static func slowFold(_ scalar: Unicode.Scalar) -> [UInt8] {
        var out: [UInt8] = []
        for lowered in CanonicalDecomposition.decompose(String(scalar).lowercased().unicodeScalars) {
            switch lowered.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: continue  // the diacritics
            default: break
            }
            if let replacement = plain[lowered] {
                out.append(contentsOf: replacement.utf8)
            } else {
                out.append(contentsOf: String(lowered).utf8)
            }
        }
        return out
    }

    static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        appendFolded(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the UTF-8 of `fold(text)`. Pure-ASCII text (the common case) takes a byte loop.
    static func appendFolded(_ text: String, to bytes: inout [UInt8]) {
        var text = text
        let ascii: Bool = text.withUTF8 { buffer in
            for byte in buffer where byte >= 0x80 { return false }
            bytes.append(contentsOf: buffer.lazy.map(lowercaseASCII))
            return true
        }
        if ascii { return }
        for scalar in text.unicodeScalars { appendFolded(scalar, to: &bytes) }
    }

    /// `fold(text)` with runs of whitespace made one space and the ends trimmed.
    static func collapsedFold(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendFolded(text, to: &bytes)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if isSpace(byte) {
                pendingSpace = true
                continue
            }
            if pendingSpace, !out.isEmpty { out.append(32) }
            pendingSpace = false
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The words of a query, folded, without duplicates, in the order typed.
    static func queryWords(_ query: String) -> [[UInt8]] {
        var seen = Set<[UInt8]>()
        var words: [[UInt8]] = []
        var bytes: [UInt8] = []
        appendFolded(query, to: &bytes)
        for word in bytes.split(whereSeparator: isSpace) where seen.insert(Array(word)).inserted {
            words.append(Array(word))
        }
        return words
    }

    /// A key for matching names the user types: folded, dots dropped ("u.s." = "us"), hyphens and
    /// underscores as spaces ("united-kingdom" = "united kingdom"), whitespace collapsed.
    static func nameKey(_ text: String) -> String {
        var bytes: [UInt8] = []
        appendFolded(text, to: &bytes)
        var key: [UInt8] = []
        key.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            switch byte {
            case UInt8(ascii: "."): continue
            case UInt8(ascii: "-"), UInt8(ascii: "_"): pendingSpace = true
            case _ where isSpace(byte): pendingSpace = true
            default:
                if pendingSpace, !key.isEmpty { key.append(UInt8(ascii: " ")) }
                pendingSpace = false
                key.append(byte)
            }
        }
        return String(decoding: key, as: UTF8.self)
    }

    /// Ranges of `text` (whole characters) covering each occurrence of each query word in its folding,
    /// sorted and merged where they touch or overlap.
    static func matchRanges(of query: String, in text: String) -> [Range<String.Index>] {
        let words = queryWords(query)
        guard !words.isEmpty, !text.isEmpty else { return [] }
        var starts: [String.Index] = []  // start of each character of `text`
        var folded: [UInt8] = []
        var owner: [Int] = []  // for each folded byte, the character it came from
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let before = folded.count
            if character.isASCII {
                folded.append(contentsOf: character.utf8.lazy.map(lowercaseASCII))
            } else {
                for scalar in character.unicodeScalars { appendFolded(scalar, to: &folded) }
            }
            owner.append(contentsOf: repeatElement(starts.count, count: folded.count - before))
            starts.append(index)
            index = text.index(after: index)
        }
        var found: [(Int, Int)] = []  // character offsets, end exclusive
        folded.withUnsafeBufferPointer { haystack in
            for word in words {
                var from = 0
                while let at = ByteSearch.firstIndex(of: word, in: haystack, from: from) {
                    found.append((owner[at], owner[at + word.count - 1] + 1))
                    from = at + word.count
                }
            }
        }
        found.sort { $0 < $1 }
        var merged: [(Int, Int)] = []
        for range in found {
            if let last = merged.last, range.0 <= last.1 {
                merged[merged.count - 1].1 = max(last.1, range.1)
            } else {
                merged.append(range)
            }
        }
        return merged.map { starts[$0.0]..<($0.1 < starts.count ? starts[$0.1] : text.endIndex) }
    }

    private static func asciiLowercased(_ character: Character) -> String {
        String(decoding: character.utf8.lazy.map(lowercaseASCII), as: UTF8.self)
    }

    @inline(__always) static func lowercaseASCII(_ byte: UInt8) -> UInt8 {
        byte >= 65 && byte <= 90 ? byte + 32 : byte
    }

    @inline(__always) static func isSpace(_ byte: UInt8) -> Bool {
        byte == 32 || (byte >= 9 && byte <= 13)
    }
}

/// Substring search over folded UTF-8 bytes. Byte equality is sound because both sides went through the same folding.
enum ByteSearch {
    /// First occurrence of `needle` in `haystack[from...]`. memchr finds candidate first bytes; O(n·m) worst case,
    /// O(n) in practice for words.
    static func firstIndex(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        firstIndex(of: needle, in: haystack, range: from..<haystack.count)
    }

    static func firstIndex(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>, range: Range<Int>) -> Int? {
        guard let first = needle.first, let base = haystack.baseAddress else { return nil }
        let last = range.upperBound - needle.count
        var position = range.lowerBound
        while position <= last {
            guard let hit = memchr(base + position, Int32(first), last - position + 1) else { return nil }
            let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var matched = true
            var k = 1
            while k < needle.count {
                if base[at + k] != needle[k] {
                    matched = false
                    break
                }
                k += 1
            }
            if matched { return at }
            position = at + 1
        }
        return nil
    }

    /// True when the byte before `position` does not continue a word (start of text, space, punctuation).
    /// Non-ASCII bytes count as letters.
    static func isWordStart(_ position: Int, in haystack: UnsafeBufferPointer<UInt8>, lowerBound: Int) -> Bool {
        if position <= lowerBound { return true }
        let byte = haystack[position - 1]
        if byte >= 0x80 { return false }
        let isDigit = byte >= 48 && byte <= 57
        let isLetter = byte >= 97 && byte <= 122
        return !(isDigit || isLetter)
    }
}
