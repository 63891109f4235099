/// Dataset text is untrusted: it must never reach a terminal as control sequences.
/// Every output path (explorer, plain text, JSON) passes text through here.
///
/// Covered: C0 (incl. ESC, BEL, BS, CR, TAB, LF), DEL, C1 (U+0080–U+009F: U+009B acts as CSI and
/// U+009D as OSC on some terminals) and Unicode bidi overrides/isolates/marks. They are shown
/// visibly, never dropped: C0 and DEL as Control Pictures (␛, ␇, ␡…), the rest as `⟨U+XXXX⟩`.
public enum SafeText {
    /// True for a scalar that could move the cursor, start an escape sequence or reorder text.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F, 0x80...0x9F: true
        case 0x061C, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// The visible stand-in for an unsafe scalar.
    public static func picture(for scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x00...0x1F: String(Unicode.Scalar(0x2400 + scalar.value)!)
        case 0x7F: "\u{2421}"
        default: "⟨U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + "⟩"
        }
    }

    /// One line of text safe for a terminal: every unsafe scalar replaced by its picture.
    public static func line(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isUnsafe(scalar) {
                out.append(contentsOf: picture(for: scalar).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Multi-line text: line feeds kept as line breaks (CR LF and CR count as one), everything else made safe.
    public static func lines(_ text: String) -> [String] {
        text.replacingCRLF().split(separator: "\n", omittingEmptySubsequences: false).map { line(String($0)) }
    }

    /// Escapes, inside already-encoded JSON, the scalars a JSON encoder leaves raw but a terminal may act on
    /// (DEL, C1, bidi controls), as `\uXXXX`. Valid because such scalars can only occur inside JSON strings.
    public static func escapingJSON(_ json: String) -> String {
        guard json.unicodeScalars.contains(where: isUnsafe) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if isUnsafe(scalar) {
                out.append(contentsOf: ("\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }
}

extension String {
    fileprivate func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }

    fileprivate func replacingCRLF() -> String {
        guard contains("\r") else { return self }
        var out = ""
        var previousCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                out.unicodeScalars.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n" && previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }
}
