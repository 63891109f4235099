import Testing
import SummitModel

/// Every class of scalar that can act on a terminal, named here with its own range (not read from `SafeText`),
/// so that dropping any one of them from the unsafe set fails a test about safety rather than one about widths.
@Suite struct SafeTextClassesTests {
    static let unsafeClasses: [(name: String, scalars: ClosedRange<UInt32>)] = [
        ("C0 controls (ESC, BEL, BS, CR, LF, TAB…)", 0x00 ... 0x1F),
        ("DEL", 0x7F ... 0x7F),
        ("C1 controls (U+009B CSI, U+009D OSC…)", 0x80 ... 0x9F),
        ("Arabic letter mark", 0x061C ... 0x061C),
        ("left-to-right and right-to-left marks", 0x200E ... 0x200F),
        ("bidi embeddings, pops and overrides", 0x202A ... 0x202E),
        ("bidi isolates (LRI, RLI, FSI, PDI)", 0x2066 ... 0x2069),
    ]

    /// Neighbours of those classes, and text a dataset is full of: shown as they are.
    static let safe: [Unicode.Scalar] = [" ", "~", "\u{A0}", "é", "\u{061B}", "\u{061D}", "\u{200D}", "\u{2010}",
                                         "\u{2029}", "\u{2070}", "“", "—", "日", "\u{1F1FA}"]

    @Test(arguments: unsafeClasses.map(\.name))
    func everyScalarOfTheClassIsUnsafeAndShownVisibly(name: String) throws {
        let range = try #require(Self.unsafeClasses.first { $0.name == name }).scalars
        for value in range {
            let scalar = try #require(Unicode.Scalar(value))
            let hex = "U+" + String(value, radix: 16, uppercase: true)
            #expect(SafeText.isUnsafe(scalar), "\(name): \(hex)")
            let shown = SafeText.line("a\(Character(scalar))b")
            #expect(!shown.unicodeScalars.contains(scalar), "\(name): \(hex) reaches the terminal raw")
            #expect(shown.hasPrefix("a") && shown.hasSuffix("b") && shown.unicodeScalars.count > 2,
                    "\(name): \(hex) is dropped instead of shown: \(shown.debugDescription)")
            if value >= 0x7F {
                // JSON encoders leave these raw inside strings; summit escapes them.
                let json = SafeText.escapingJSON("\"a\(Character(scalar))b\"")
                #expect(json == "\"a\\u" + String(repeating: "0", count: 4 - String(value, radix: 16).count)
                        + String(value, radix: 16) + "b\"", "\(name): \(hex) in JSON: \(json.debugDescription)")
            }
        }
    }

    @Test func pictures() {
        #expect(SafeText.line("\u{1B}\u{07}\u{7F}\u{9B}\u{2066}x\u{2069}") == "␛␇␡⟨U+009B⟩⟨U+2066⟩x⟨U+2069⟩")
    }

    @Test(arguments: safe)
    func ordinaryTextIsLeftAlone(scalar: Unicode.Scalar) {
        #expect(!SafeText.isUnsafe(scalar))
        #expect(SafeText.line("a\(Character(scalar))b") == "a\(Character(scalar))b")
    }
}
