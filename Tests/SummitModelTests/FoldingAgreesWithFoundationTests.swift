import Foundation
import Testing
@testable import SummitModel

/// Folding decomposes with a generated table (CanonicalDecompositionTable.swift) so that the binary links no ICU.
/// These tests hold it to what Foundation's canonical decomposition gives, for every scalar of planes 0–2.
@Suite struct FoldingAgreesWithFoundationTests {
    static let scalars: [Unicode.Scalar] = (0x20 ... 0x2FFFF).compactMap { Unicode.Scalar(UInt32($0)) }

    /// The folding as it was written on top of Foundation: lowercase, NFD, drop marks, apply `plain`.
    static func foundationFold(_ scalar: Unicode.Scalar) -> [UInt8] {
        var out: [UInt8] = []
        for lowered in String(scalar).lowercased().decomposedStringWithCanonicalMapping.unicodeScalars {
            switch lowered.properties.generalCategory {
            case .nonspacingMark, .enclosingMark: continue
            default: break
            }
            out.append(contentsOf: (TextFolding.plain[lowered] ?? String(lowered)).utf8)
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

    @Test func foldMatchesFoundationForEveryScalar() {
        var differing: [String] = []
        for scalar in Self.scalars {
            var ours: [UInt8] = []
            TextFolding.appendFolded(scalar, to: &ours)
            let theirs = Self.foundationFold(scalar)
            if ours != theirs {
                differing.append(Self.describe(scalar, Array(String(decoding: ours, as: UTF8.self).unicodeScalars),
                                               Array(String(decoding: theirs, as: UTF8.self).unicodeScalars)))
            }
        }
        #expect(differing.isEmpty, "\(differing.count) differ: \(differing.prefix(40).joined(separator: "; "))")
    }

    @Test func lowercasedSequencesAreDecomposedInCanonicalOrder() {
        // "İ" lowercases to two scalars; text with marks out of canonical order must come out reordered, as NFD does.
        let samples = ["\u{130}", "a\u{301}\u{323}", "\u{1E0B}\u{323}", "\u{D55C}\u{AE00}", "q\u{307}\u{323}\u{302}"]
        for text in samples {
            #expect(CanonicalDecomposition.decompose(text.unicodeScalars)
                    == Array(text.decomposedStringWithCanonicalMapping.unicodeScalars), "\(text.debugDescription)")
        }
    }

    static func describe(_ scalar: Unicode.Scalar, _ ours: [Unicode.Scalar], _ theirs: [Unicode.Scalar]) -> String {
        func hex(_ s: [Unicode.Scalar]) -> String { s.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: " ") }
        return "U+\(String(scalar.value, radix: 16, uppercase: true)): ours [\(hex(ours))] Foundation [\(hex(theirs))]"
    }
}
