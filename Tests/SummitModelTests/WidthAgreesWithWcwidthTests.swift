import Glibc
import Testing

@testable import SummitModel

/// TextWidth is our pure stand-in for wcwidth (so rendering does not depend on the process locale). The terminal
/// lays characters out by the C library's wcwidth in a UTF-8 locale, so the two must agree on every printable scalar,
/// or columns would drift on screen.
@Suite struct WidthAgreesWithWcwidthTests {}

// glibc declares wcwidth only under _XOPEN_SOURCE, which the Glibc module does not set.
@_silgen_name("wcwidth") private func c_wcwidth(_ c: Int32) -> Int32

extension WidthAgreesWithWcwidthTests {
    @Test func textWidthMatchesGlibcWcwidthInUTF8() throws {
        // A thread-local locale, so tests running beside this one are not affected.
        let utf8 = try #require(
            newlocale(LC_CTYPE_MASK, "C.UTF-8", nil), "the C.UTF-8 locale is needed for this comparison")
        let previous = uselocale(utf8)
        defer {
            uselocale(previous)
            freelocale(utf8)
        }
        // Guard against comparing nothing: in a non-UTF-8 locale wcwidth gives -1 for every non-ASCII scalar.
        try #require(c_wcwidth(0x4E00) == 2, "wcwidth does not see a UTF-8 locale")
        var mismatches: [String] = []
        var compared = 0
        for value in UInt32(0x20)...0x3FFFF {
            guard let scalar = Unicode.Scalar(value), !SafeText.isUnsafe(scalar) else { continue }
            let expected = Int(c_wcwidth(Int32(bitPattern: value)))
            guard expected >= 0 else { continue }  // not printable in this locale: nothing to agree on
            compared += 1
            let ours = TextWidth.of(Character(scalar))
            if ours != expected {
                mismatches.append("U+\(String(value, radix: 16, uppercase: true)) ours \(ours) wcwidth \(expected)")
            }
        }
        #expect(compared > 100_000)
        #expect(mismatches.isEmpty, "\(mismatches.count) scalars differ, e.g. \(mismatches.prefix(20))")
    }
}
