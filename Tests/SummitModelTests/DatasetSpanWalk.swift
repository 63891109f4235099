import SummitModel

/// Every span in a dataset, named by its JSON path, so one test can check them all:
/// record spans, stance bases, roles, disputes and notes.
extension Dataset {
    var labelledSpans: [(path: String, span: SourceSpan)] {
        var all: [(String, SourceSpan)] = []
        for (i, p) in pillars.enumerated() { all.append(("$.pillars[\(i)].span", p.span)) }
        for (i, a) in actors.enumerated() {
            all.append(("$.actors[\(i)].span", a.span))
            all.append(("$.actors[\(i)].stance.basis", a.stance.basis))
            for (j, r) in a.roles.enumerated() { all.append(("$.actors[\(i)].roles[\(j)].span", r.span)) }
        }
        for (i, p) in people.enumerated() { all.append(("$.people[\(i)].span", p.span)) }
        for (i, q) in quotes.enumerated() { all.append(("$.quotes[\(i)].span", q.span)) }
        for (i, f) in figures.enumerated() { all.append(("$.figures[\(i)].span", f.span)) }
        for (i, e) in events.enumerated() {
            all.append(("$.events[\(i)].span", e.span))
            for (j, d) in e.disputes.enumerated() { all.append(("$.events[\(i)].disputes[\(j)].span", d.span)) }
        }
        for (i, q) in questions.enumerated() { all.append(("$.questions[\(i)].span", q.span)) }
        for (i, n) in notes.enumerated() { if let s = n.span { all.append(("$.notes[\(i)].span", s)) } }
        return all
    }
}

/// The source text as Unicode scalars, sliced the way spans count (code points, end exclusive).
struct ScalarText {
    let scalars: [Unicode.Scalar]

    init(_ text: String) { scalars = Array(text.unicodeScalars) }

    /// The covered text, or nil when the span does not lie inside the text.
    func slice(_ span: SourceSpan) -> String? {
        guard span.start >= 0, span.start <= span.end, span.end <= scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[span.start..<span.end])
        return String(view)
    }
}
