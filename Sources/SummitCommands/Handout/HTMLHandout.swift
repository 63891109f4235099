import SummitModel

/// The handout as one self-contained HTML file: inline CSS with a print stylesheet that fits A4 and Letter alike,
/// no script, no image, no link to anything. Also well-formed XML (every element closed, attributes quoted), so a
/// test can parse it back. Dataset text is escaped as entities: see `escape`.
enum HTMLHandout {
    static func render(_ handout: Handout) -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(escape(handout.title))</title>
            <style>\(style)</style>
            </head>
            <body>

            """
        for (number, section) in handout.sections.enumerated() {
            out += "<section>\n"
            out += number == 0 ? "<h1>\(escape(section.heading))</h1>\n" : "<h2>\(escape(section.heading))</h2>\n"
            if let lead = section.lead { out += "<p class=\"lead\">\(escape(lead))</p>\n" }
            for item in section.items {
                out += "<article>\n<h3>\(escape(item.title))</h3>\n"
                for line in item.lines { out += "<p>\(escape(line))</p>\n" }
                out += "<blockquote>\n"
                if let passage = item.passage { out += "<p>\(escape(passage))</p>\n" }
                out +=
                    "<footer>\u{2014} \(escape(handout.attribution)) <span class=\"ref\">\(escape(item.reference))</span></footer>\n"
                out += "</blockquote>\n</article>\n"
            }
            out += "</section>\n"
        }
        return out + "</body>\n</html>\n"
    }

    /// Text as HTML content or attribute value: control characters as pictures (`SafeText`; line breaks as spaces),
    /// then `& < > " '` as entities, so no dataset text can open a tag, a comment or a script.
    static func escape(_ text: String) -> String {
        let flat = SafeText.line(String(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) }))
        var result = ""
        result.reserveCapacity(flat.utf8.count)
        for character in flat {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// Serif body for reading, wrapping anywhere rather than running past the margin (long ids, URLs), sections
    /// kept whole on a page where they fit. `@page` sets margins only, so the same file prints on A4 and Letter.
    private static let style = """

        body { font: 11pt/1.45 Georgia, "DejaVu Serif", serif; color: #111; background: #fff; max-width: 42em;
          margin: 2em auto; padding: 0 1em; overflow-wrap: anywhere; word-break: normal; }
        h1 { font-size: 1.8em; margin: 0 0 .3em; }
        h2 { font-size: 1.35em; border-bottom: 1px solid #888; margin: 1.6em 0 .5em; }
        h3 { font-size: 1.05em; margin: 1em 0 .3em; }
        p { margin: .3em 0; }
        .lead { color: #333; font-style: italic; }
        blockquote { margin: .4em 0 .8em; padding: .2em .8em; border-left: 3px solid #999; color: #222; }
        blockquote footer { font-size: .9em; color: #444; }
        .ref { font-family: "DejaVu Sans Mono", monospace; white-space: nowrap; }
        @media print {
          @page { margin: 18mm 16mm; }
          body { max-width: none; margin: 0; padding: 0; font-size: 10.5pt; }
          article, blockquote { break-inside: avoid; }
          h2, h3 { break-after: avoid; }
        }

        """
}
