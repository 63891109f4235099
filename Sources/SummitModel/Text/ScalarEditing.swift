// String edits done scalar by scalar, as Foundation's did, without linking full Foundation (which brings ICU).

extension StringProtocol {
    /// Without leading and trailing blanks: the scalars of Foundation's `.whitespaces` (tab, the space separators,
    /// and the zero-width space). Line breaks are kept, as they were.
    public func trimmingBlanks() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isBlank }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.isBlank })!
        return String(String.UnicodeScalarView(scalars[first...last]))
    }

    /// Every `target` scalar replaced by `replacement`. Scalar by scalar, so a combining mark after the target does
    /// not hide it (a character-level replace would miss "'" in "'\u{301}", breaking shell quoting).
    public func replacingScalar(_ target: Unicode.Scalar, with replacement: String) -> String {
        guard unicodeScalars.contains(target) else { return String(self) }
        var out = String.UnicodeScalarView()
        for scalar in unicodeScalars {
            if scalar == target { out.append(contentsOf: replacement.unicodeScalars) } else { out.append(scalar) }
        }
        return String(out)
    }
}

extension Unicode.Scalar {
    /// Foundation's `.whitespaces`, scalar for scalar (a fixed list there too).
    fileprivate var isBlank: Bool {
        switch value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }
}
