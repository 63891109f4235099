/// Spans: whole-number offsets in Unicode scalars, inside the source text, with an excerpt
/// (when given) that repeats the text exactly; and quotations that are the text of their span.
extension DatasetValidator {
    static let spanExample = "{\"start\": 0, \"end\": 10, \"excerpt\": \"…\"}"

    /// A span field. Nil when it is missing or broken (already reported).
    func span(_ fields: Fields, _ key: String, required: Bool = true) -> SourceSpan? {
        guard
            let node = field(
                fields, key, required: required, expected: Self.spanExample + " (a span of the source text)")
        else {
            return nil
        }
        return inside(.key(key)) { span(node) }
    }

    func span(_ node: JSONNode) -> SourceSpan? {
        guard let members = fields(node, what: "a span", known: ["start", "end", "excerpt"]) else { return nil }
        let start = integer(members, "start")
        let end = integer(members, "end")
        let excerpt = string(members, "excerpt", required: false)
        let startOffset = members.node("start")?.offset ?? members.offset
        let endOffset = members.node("end")?.offset ?? members.offset
        guard let start, let end else { return nil }
        if start < 0 {
            inside(.key("start")) {
                problem(at: startOffset, "start \(start) is negative", fix: "offsets count Unicode scalars from 0")
            }
            return nil
        }
        if start > end {
            inside(.key("end")) {
                problem(
                    at: endOffset, "start \(start) is after end \(end)",
                    fix: "end is exclusive and must be at least start; did you swap them?")
            }
            return nil
        }
        guard let scalars = sourceScalars else { return SourceSpan(start: start, end: end, excerpt: excerpt) }
        if end > scalars.count {
            inside(.key("end")) {
                problem(
                    at: endOffset,
                    "end \(end) is past the end of the source text, which has \(scalars.count) characters",
                    fix: "offsets count Unicode scalars of source.text (not bytes or UTF-16 units), end exclusive")
            }
            return nil
        }
        if let excerpt, !matches(excerpt, start: start, end: end) {
            let excerptNode = members.node("excerpt")
            inside(.key("excerpt")) {
                problem(
                    at: excerptNode?.offset ?? members.offset,
                    "the excerpt \(ProblemText.quoted(excerpt)) is not the source text at \(start)..<\(end), which reads \(shownSlice(start, end))"
                        + difference(excerpt, start: start, end: end),
                    fix: relocationAdvice(
                        for: excerpt, what: "excerpt",
                        otherwise: "correct the offsets or the excerpt (offsets count Unicode scalars, end exclusive)"))
            }
        }
        return SourceSpan(start: start, end: end, excerpt: excerpt)
    }

    /// Checks that a quotation's (or pillar clause's) text is exactly the source text under its span.
    func checkVerbatim(_ text: String, span: SourceSpan?, textNode: JSONNode?, what: String) {
        guard let span, let textNode, sourceScalars != nil, !matches(text, start: span.start, end: span.end) else {
            return
        }
        inside(.key("text")) {
            problem(
                at: textNode.offset,
                "the \(what) \(ProblemText.quoted(text)) is not verbatim: the source text at its span \(span.start)..<\(span.end) reads \(shownSlice(span.start, span.end))"
                    + difference(text, start: span.start, end: span.end),
                fix: relocationAdvice(
                    for: text, what: what,
                    otherwise:
                        "copy the words exactly from the article (curly apostrophes and quotes included) and point the span at them"
                ))
        }
    }

    /// Scalar-exact comparison (no Unicode normalisation: verbatim means the same code points).
    private func matches(_ text: String, start: Int, end: Int) -> Bool {
        guard let scalars = sourceScalars, start >= 0, start <= end, end <= scalars.count else { return false }
        return text.unicodeScalars.elementsEqual(scalars[start..<end])
    }

    private func shownSlice(_ start: Int, _ end: Int) -> String {
        guard let scalars = sourceScalars else { return "\"\"" }
        return ProblemText.quoted(scalars: scalars[start..<end])
    }

    /// "; they first differ at character 9: ' (U+0027) here, ’ (U+2019) in the source", which finds
    /// a straight apostrophe in a long quotation at a glance.
    private func difference(_ text: String, start: Int, end: Int) -> String {
        guard let scalars = sourceScalars else { return "" }
        var position = 0
        var mine = text.unicodeScalars.makeIterator()
        var theirs = scalars[start..<end].makeIterator()
        while true {
            switch (mine.next(), theirs.next()) {
            case (nil, nil):
                return ""
            case (let here?, nil):
                return
                    "; it is longer, with \(ProblemText.named(here)) at character \(position + 1) where the span ends"
            case (nil, let there?):
                return "; it is shorter: the span goes on with \(ProblemText.named(there)) at character \(position + 1)"
            case (let here?, let there?):
                if here != there {
                    return
                        "; they first differ at character \(position + 1): \(ProblemText.named(here)) here, \(ProblemText.named(there)) in the source"
                }
            }
            position += 1
        }
    }

    /// "It occurs at start X, end Y" when the text is found elsewhere in the source.
    private func relocationAdvice(for text: String, what: String, otherwise: String) -> String {
        guard let start = locate(text) else { return otherwise }
        let end = start + text.unicodeScalars.count
        return "the \(what) occurs in the source at start \(start), end \(end): set the span to those offsets, or "
            + otherwise
    }

    /// First scalar offset of `text` in the source; a budgeted naive search, as it only runs for reported problems.
    private func locate(_ text: String) -> Int? {
        guard let scalars = sourceScalars, locateBudget > 0 else { return nil }
        locateBudget -= 1
        let needle = Array(text.unicodeScalars)
        guard let first = needle.first, needle.count <= scalars.count,
            scalars.count <= 2_000_000, needle.count <= 10_000
        else { return nil }
        var index = 0
        let last = scalars.count - needle.count
        while index <= last {
            if scalars[index] == first, scalars[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
