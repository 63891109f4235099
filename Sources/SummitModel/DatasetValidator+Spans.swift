/// Spans: whole-number offsets in Unicode scalars, inside the source text, with an excerpt
/// (when given) that repeats the text exactly; and quotations that are the text of their span.
extension DatasetValidator {
    static let spanExample = "{\"start\": 0, \"end\": 10, \"excerpt\": \"…\"}"

    /// A span field. Nil when it is missing or broken (already reported).
    func span(_ fields: Fields, _ key: String, required: Bool = true) -> SourceSpan? {
        guard let node = field(fields, key, required: required, expected: Self.spanExample + " (a span of the source text)") else {
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
                problem(at: endOffset, "start \(start) is after end \(end)",
                        fix: "end is exclusive and must be at least start; did you swap them?")
            }
            return nil
        }
        guard let scalars = sourceScalars else { return SourceSpan(start: start, end: end, excerpt: excerpt) }
        if end > scalars.count {
            inside(.key("end")) {
                problem(at: endOffset, "end \(end) is past the end of the source text, which has \(scalars.count) characters",
                        fix: "offsets count Unicode scalars of source.text (not bytes or UTF-16 units), end exclusive")
            }
            return nil
        }
        if let excerpt, !matches(excerpt, start: start, end: end) {
            let excerptNode = members.node("excerpt")
            inside(.key("excerpt")) {
                problem(at: excerptNode?.offset ?? members.offset,
                        "the excerpt \(ProblemText.quoted(excerpt)) is not the source text at \(start)..<\(end), which reads \(shownSlice(start, end))",
                        fix: relocationAdvice(for: excerpt, what: "excerpt",
                                              otherwise: "correct the offsets or the excerpt (offsets count Unicode scalars, end exclusive)"))
            }
        }
        return SourceSpan(start: start, end: end, excerpt: excerpt)
    }

    /// Checks that a quotation's text is exactly the source text under its span.
    func checkVerbatim(_ text: String, span: SourceSpan?, textNode: JSONNode?) {
        guard let span, let textNode, sourceScalars != nil, !matches(text, start: span.start, end: span.end) else { return }
        inside(.key("text")) {
            problem(at: textNode.offset,
                    "the quotation \(ProblemText.quoted(text)) is not verbatim: the source text at its span \(span.start)..<\(span.end) reads \(shownSlice(span.start, span.end))",
                    fix: relocationAdvice(for: text, what: "quotation",
                                          otherwise: "copy the words exactly from the article (curly apostrophes and quotes included) and point the span at them"))
        }
    }

    /// Scalar-exact comparison (no Unicode normalisation: verbatim means the same code points).
    private func matches(_ text: String, start: Int, end: Int) -> Bool {
        guard let scalars = sourceScalars, start >= 0, start <= end, end <= scalars.count else { return false }
        return text.unicodeScalars.elementsEqual(scalars[start..<end])
    }

    private func shownSlice(_ start: Int, _ end: Int) -> String {
        guard let scalars = sourceScalars else { return "\"\"" }
        let upper = min(end, start + 61)  // ProblemText shortens to 60; one more shows that it was cut
        var text = String(String.UnicodeScalarView(scalars[start..<upper]))
        if upper < end { text += "…" }
        return ProblemText.quoted(text)
    }

    /// "It occurs at start X, end Y" when the text is found elsewhere in the source.
    private func relocationAdvice(for text: String, what: String, otherwise: String) -> String {
        guard let start = locate(text) else { return otherwise }
        let end = start + text.unicodeScalars.count
        return "the \(what) occurs in the source at start \(start), end \(end): set the span to those offsets, or " + otherwise
    }

    /// First scalar offset of `text` in the source; a budgeted naive search, as it only runs for reported problems.
    private func locate(_ text: String) -> Int? {
        guard let scalars = sourceScalars, locateBudget > 0 else { return nil }
        locateBudget -= 1
        let needle = Array(text.unicodeScalars)
        guard let first = needle.first, needle.count <= scalars.count,
              scalars.count <= 2_000_000, needle.count <= 10_000 else { return nil }
        var index = 0
        let last = scalars.count - needle.count
        while index <= last {
            if scalars[index] == first, scalars[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
