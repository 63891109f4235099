import Foundation
import SummitModel
import Testing

/// The scalar-level trim and replace that stand in for Foundation's (the binary links FoundationEssentials only).
@Suite struct ScalarEditingTests {
    static let samples = [
        "", " ", "\t \u{A0}\u{2003}", "  poland ", "\u{3000}türkiye\u{202F}", " a\u{301} ", "\u{301} x \u{301}",
        "\n line \n", "\r\n", "mid  dle", "\u{2028}x\u{2028}", "\u{200B}x\u{200B}", " 😀 ",
    ]

    @Test func trimmingBlanksMatchesFoundationWhitespaces() {
        for text in Self.samples + Self.samples.map { $0 + "e\u{301} " } {
            #expect(text.trimmingBlanks() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
            #expect(text[...].trimmingBlanks() == text.trimmingCharacters(in: .whitespaces), "\(text.debugDescription)")
        }
    }

    @Test func blanksAreFoundationWhitespacesForEveryScalar() {
        var differing: [String] = []
        for value in UInt32(0)...0x2FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = "x" + String(scalar)
            if text.trimmingBlanks() != text.trimmingCharacters(in: .whitespaces) {
                differing.append(String(value, radix: 16))
            }
        }
        #expect(differing.isEmpty, "differ: \(differing.prefix(40))")
    }

    @Test func replacingScalarReplacesEveryOccurrenceEvenBeforeAMark() {
        #expect("it's".replacingScalar("'", with: "'\\''") == "it'\\''s")
        #expect("'\u{301}x'".replacingScalar("'", with: "Q") == "Q\u{301}xQ")
        #expect("a-b--c".replacingScalar("-", with: " ") == "a b  c")
        #expect("none".replacingScalar("-", with: " ") == "none")
        for text in Self.samples + ["x-y", "'-'"] {
            #expect(text.replacingScalar("-", with: "\\-") == text.replacingOccurrences(of: "-", with: "\\-"))
        }
    }
}
