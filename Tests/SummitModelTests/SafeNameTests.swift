import SummitModel
import Testing

/// The one rule for names from outside (file names, TERM, arguments, dataset titles) in messages: the unsafe classes
/// named below become visible stand-ins, everything else is kept as typed, and nothing is cut.
@Suite struct SafeNameTests {
    /// Every class of scalar a terminal may act on, by name. The rule is exactly this list.
    static let unsafeClasses: [(name: String, scalars: ClosedRange<UInt32>)] = [
        ("C0 controls: NUL, BEL, BS, TAB, LF, CR, ESC…", 0x00...0x1F),
        ("DEL", 0x7F...0x7F),
        ("C1 controls: NEL, CSI (U+009B), OSC (U+009D)…", 0x80...0x9F),
        ("Arabic letter mark", 0x061C...0x061C),
        ("left-to-right and right-to-left marks", 0x200E...0x200F),
        ("bidi embeddings and overrides", 0x202A...0x202E),
        ("bidi isolates", 0x2066...0x2069),
    ]

    @Test func everyScalarOfTheNamedClassesIsShownVisibly() {
        for (name, range) in Self.unsafeClasses {
            for value in range {
                let scalar = Unicode.Scalar(value)!
                let shown = SafeName.line("a\(scalar)b")
                #expect(
                    shown.hasPrefix("a") && shown.hasSuffix("b") && !shown.unicodeScalars.contains(scalar),
                    "\(name): U+\(value)")
                #expect(!shown.unicodeScalars.contains(where: SafeText.isUnsafe), "\(name): U+\(value)")
            }
        }
        #expect(SafeName.line("TERM\u{1B}[31m") == "TERM␛[31m")
        #expect(SafeName.line("a\nb\tc\u{7F}") == "a␊b␉c␡")
        #expect(SafeName.line("x\u{9B}2J") == "x⟨U+009B⟩2J")
        #expect(SafeName.line("\u{202E}gpj.exe") == "⟨U+202E⟩gpj.exe")
    }

    @Test func everyOtherScalarIsKeptAsTyped() {
        var changed: [String] = []
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value),
                !Self.unsafeClasses.contains(where: { $0.scalars.contains(value) })
            else { continue }
            if SafeName.line(String(scalar)) != String(scalar) { changed.append(String(value, radix: 16)) }
        }
        #expect(changed.isEmpty, "changed although in no named class: \(changed.prefix(20))")
        let long = String(repeating: "türkiye-日本 ", count: 40)
        #expect(SafeName.line(long) == long, "nothing is cut")
    }

    @Test func quotingForMessagesAndForShells() {
        #expect(SafeName.quoted("my data.json") == "‘my data.json’")
        #expect(SafeName.quoted("a\u{1B}b") == "‘a␛b’")
        #expect(SafeName.shellQuoted("data/my-set_1.json") == "data/my-set_1.json")
        #expect(SafeName.shellQuoted("Türkiye.json") == "Türkiye.json")
        #expect(SafeName.shellQuoted("my data.json") == "'my data.json'")
        #expect(SafeName.shellQuoted("it's $HOME") == "'it'\\''s $HOME'")
        #expect(SafeName.shellQuoted("") == "''")
        #expect(SafeName.shellQuoted("a\u{1B}b") == "'a␛b'")
    }

    @Test func echoesAreCutWithACountAndArgumentsWithLineBreaksAreShownOnOneLine() {
        let long = String(repeating: "x", count: 1_000)
        #expect(SafeName.quoted(long) == "‘" + String(repeating: "x", count: 200) + "… (800 more characters)’")
        let limit = String(repeating: "y", count: 200)
        #expect(SafeName.quoted(limit) == "‘" + limit + "’")
        let message = "Error: Unknown option '--bad\r\nline'\nUsage: summit pillars"
        let shown = SafeName.echoing(["pillars", "--bad\r\nline"], in: message)
        #expect(shown == "Error: Unknown option '--bad␍␊line'\nUsage: summit pillars")
        #expect(SafeName.echoing(["pillars", "x"], in: "keeps\nthis") == "keeps\nthis")
    }
}
