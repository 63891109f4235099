import SummitModel

/// The handout as CommonMark: `#` title, `##` sections, `###` items, each item's passage as a block quote ending in
/// the attribution and `[id ¶N]`. Dataset text is escaped so that no quote can open a heading, emphasis, code, a
/// table cell, a link or HTML: see `escape`.
enum MarkdownHandout {
    static func render(_ handout: Handout) -> String {
        var out: [String] = []
        for (number, section) in handout.sections.enumerated() {
            out.append((number == 0 ? "# " : "## ") + escape(section.heading))
            out.append("")
            if let lead = section.lead {
                out.append(escape(lead))
                out.append("")
            }
            for item in section.items {
                out.append("### " + escape(item.title))
                out.append("")
                for line in item.lines {
                    out.append(escape(line))
                    out.append("")
                }
                if let passage = item.passage {
                    out.append("> " + escape(passage))
                    out.append(">")
                }
                out.append("> \u{2014} " + escape(handout.attribution) + " " + escape(item.reference))
                out.append("")
            }
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    /// One line of inline text that renders as itself: control characters shown as pictures (`SafeText`), line
    /// breaks as spaces (so no line can start a block), leading spaces dropped (four would start code), and a
    /// backslash before every character that can open inline markup anywhere (`\\ ` * _ [ ] < > # | ! & ~ $`) and
    /// before what could start a block at the beginning (`- + = .` or the `.`/`)` of `1.`): CommonMark allows a
    /// backslash before any ASCII punctuation, so the text can open no heading, emphasis, code, table cell, link,
    /// HTML or list, whatever a quote holds.
    static func escape(_ text: String) -> String {
        let flat = SafeText.line(String(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) }))
        let scalars = Array(flat.unicodeScalars.drop(while: { $0 == " " }))
        let leadingDigits = scalars.prefix { ("0"..."9").contains($0) }.count
        var result = String.UnicodeScalarView()
        for (i, scalar) in scalars.enumerated() {
            let opensBlock =
                (i == 0 && isASCIIPunctuation(scalar))
                || (i == leadingDigits && i > 0 && (scalar == "." || scalar == ")"))
            if opensBlock || inlineMarkup.contains(scalar) { result.append("\\") }
            result.append(scalar)
        }
        return String(result)
    }

    private static let inlineMarkup: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "!", "&", "~", "$",
    ]

    /// CommonMark's "ASCII punctuation character": !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~
    static func isASCIIPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x21...0x2F, 0x3A...0x40, 0x5B...0x60, 0x7B...0x7E: true
        default: false
        }
    }
}
