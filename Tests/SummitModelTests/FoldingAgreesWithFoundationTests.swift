import Foundation
import Testing

@testable import SummitModel

/// Folding decomposes with a generated table (CanonicalDecompositionTable.swift) so that the binary links no ICU.
/// These tests hold it to what Foundation's canonical decomposition gives, for every scalar of planes 0–2.
@Suite struct FoldingAgreesWithFoundationTests {
    static let scalars: [Unicode.Scalar] = (0x20...0x2FFFF).compactMap { Unicode.Scalar(UInt32($0)) }

    /// The special cases of docs/DECISIONS.md 10, written out here by hand rather than read from `TextFolding.plain`,
    /// so that an entry dropped from (or mistyped in) the project's table makes the comparisons below fail.
    static let plainByHand: [Unicode.Scalar: String] = [
        // letters with no mark to strip
        "\u{0142}": "l", "\u{00F8}": "o", "\u{0111}": "d", "\u{0127}": "h", "\u{0131}": "i", "\u{0140}": "l",
        "\u{0167}": "t",
        "\u{00E6}": "ae", "\u{0153}": "oe", "\u{00DF}": "ss", "\u{00FE}": "th", "\u{00F0}": "d",
        // single quotes, apostrophes and primes
        "\u{2018}": "'", "\u{2019}": "'", "\u{201B}": "'", "\u{02BC}": "'", "\u{2032}": "'",
        // double quotes, double primes and guillemets
        "\u{201C}": "\"", "\u{201D}": "\"", "\u{201E}": "\"", "\u{201F}": "\"", "\u{2033}": "\"", "\u{00AB}": "\"",
        "\u{00BB}": "\"",
        // hyphens, dashes and minus
        "\u{2010}": "-", "\u{2011}": "-", "\u{2012}": "-", "\u{2013}": "-", "\u{2014}": "-", "\u{2212}": "-",
        // no-break and thin spaces
        "\u{00A0}": " ", "\u{2009}": " ", "\u{202F}": " ", "\u{2007}": " ",
    ]

    /// The folding as it was written on top of Foundation: lowercase, NFD, drop marks, apply the hand-written table.
    static func foundationFold(_ scalar: Unicode.Scalar) -> [UInt8] {
        var out: [UInt8] = []
        for lowered in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch lowered.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: continue
            default: break
            }
            out.append(contentsOf: (plainByHand[lowered] ?? String(lowered)).utf8)
        }
        return out
    }

    @Test func decompositionMatchesFoundationForEveryScalar() {
        var differing: [String] = []
        for scalar in Self.scalars {
            let ours = CanonicalDecomposition.decompose(CollectionOfOne(scalar))
            let theirs = Array(String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars)
            if ours != theirs { differing.append(Self.describe(scalar, ours, theirs)) }
        }
        #expect(differing.isEmpty, "\(differing.count) differ: \(differing.prefix(40).joined(separator: "; "))")
    }

    /// The generated table (TextFoldingTable.swift) holds every scalar of the common ranges, each as the long way
    /// folds it: a truncated or shifted table would otherwise hide behind the long way's fallback.
    @Test func generatedTableCoversEveryCommonScalar() {
        var wrong: [String] = []
        for range in TextFolding.commonRanges {
            for value in range {
                let scalar = Unicode.Scalar(value)!
                let slow = TextFolding.slowFold(scalar)
                if TextFolding.commonFold(value) != slow { wrong.append(String(value, radix: 16)) }
            }
        }
        #expect(wrong.isEmpty, "\(wrong.count) scalars missing or wrong: \(wrong.prefix(20))")
        #expect(TextFolding.commonFold(0x7F) == nil && TextFolding.commonFold(0x250) == nil)
        #expect(TextFolding.commonFold(0x2070) == nil && TextFolding.commonFold(0x1DFF) == nil)
    }

    @Test func foldMatchesFoundationForEveryScalar() {
        var differing: [String] = []
        for scalar in Self.scalars {
            var ours: [UInt8] = []
            TextFolding.appendFolded(scalar, to: &ours)
            let theirs = Self.foundationFold(scalar)
            if ours != theirs {
                differing.append(
                    Self.describe(
                        scalar, Array(String(decoding: ours, as: UTF8.self).unicodeScalars),
                        Array(String(decoding: theirs, as: UTF8.self).unicodeScalars)))
            }
        }
        #expect(differing.isEmpty, "\(differing.count) differ: \(differing.prefix(40).joined(separator: "; "))")
    }

    @Test func theSpecialCasesFoldAsWrittenByHand() {
        #expect(
            TextFolding.fold("\u{0141}\u{00F3}d\u{017A} \u{2013} \u{201C}T\u{00FC}rk\u{201D} Stra\u{00DF}e \u{00C6}sir")
                == "lodz - \"turk\" strasse aesir")
        #expect(TextFolding.fold("Ukraine\u{2019}s 2\u{2014}3\u{00A0}km") == "ukraine's 2-3 km")
        for (scalar, folded) in Self.plainByHand {
            var bytes: [UInt8] = []
            TextFolding.appendFolded(scalar, to: &bytes)
            #expect(
                String(decoding: bytes, as: UTF8.self) == folded,
                "U+\(String(scalar.value, radix: 16, uppercase: true))")
        }
    }

    @Test func lowercasedSequencesAreDecomposedInCanonicalOrder() {
        // "İ" lowercases to two scalars; text with marks out of canonical order must come out reordered, as NFD does.
        let samples = ["\u{130}", "a\u{301}\u{323}", "\u{1E0B}\u{323}", "\u{D55C}\u{AE00}", "q\u{307}\u{323}\u{302}"]
        for text in samples {
            #expect(
                CanonicalDecomposition.decompose(text.unicodeScalars)
                    == Array(text.decomposedStringWithCanonicalMapping.unicodeScalars), "\(text.debugDescription)")
        }
    }

    static func describe(_ scalar: Unicode.Scalar, _ ours: [Unicode.Scalar], _ theirs: [Unicode.Scalar]) -> String {
        func hex(_ s: [Unicode.Scalar]) -> String {
            s.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
        }
        return "U+\(String(scalar.value, radix: 16, uppercase: true)): ours [\(hex(ours))] Foundation [\(hex(theirs))]"
    }
}
