import SummitModel

/// The selected record in full: its fields wrapped, its cross-references, and the sentence it comes from.
enum DetailPane {
    static func render(_ grid: inout CellGrid, _ ctx: PaneContext) {
        let r = ctx.rect
        let subject = ctx.state.subject(ctx.index)
        PaneTitle.render(&grid, ctx, counts: subject.map { RecordLabel.short($0, ctx.index) } ?? "")
        let rows = max(0, r.height - 1)
        let lines = subject.map { Self.lines($0, ctx.index, width: r.width, queries: ctx.state.highlightQueries) } ?? []
        let top = min(max(0, ctx.state.scroll[.detail] ?? 0), max(0, lines.count - rows))
        for i in 0..<rows {
            let y = r.y + 1 + i
            if subject == nil && i == 0 {
                let why = ctx.state.effectiveChips.isEmpty ? "  nothing selected" : "  nothing matches the filters"
                grid.write(why, x: r.x, y: y, width: r.width, style: .dim, fill: .normal); continue
            }
            let line = top + i < lines.count ? lines[top + i] : []
            grid.write(line, x: r.x, y: y, width: r.width, fill: .normal)
        }
    }

    /// The detail text of a record, wrapped to `width`.
    static func lines(_ ref: RecordRef, _ index: DatasetIndex, width: Int, queries: [String]) -> [[StyledChar]] {
        let w = max(1, width - 1)
        var out: [[StyledChar]] = []
        func para(_ chars: [StyledChar], indent: String = " ") {
            let ind = Styled.chars(indent, .normal)
            out += Styled.wrap(chars, to: max(1, w - indent.count)).map { ind + $0 }
        }
        func text(_ s: String, _ style: Style = .normal, indent: String = " ") { para(Styled.chars(s, style, highlight: queries), indent: indent) }
        func field(_ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            para(Styled.chars(label + ": ", .dim) + Styled.chars(value, .normal, highlight: queries))
        }
        func blank() { out.append([]) }

        switch ref.kind {
        case .pillar:
            guard let p = index.pillar(id: ref.id) else { break }
            text("Pillar \(p.number): \(p.title)", .title); blank()
            text(p.text); field("Note", p.note)
        case .actor:
            guard let a = index.actor(id: ref.id) else { break }
            text("\(a.name) · \(a.kind.rawValue)", .title)
            para(Styled.chars("Stance: ", .dim) + Styled.chars(StanceBadge.text(a.stance.value), StanceBadge.style(a.stance.value)))
            field("Why", a.stance.note)
            field("Also called", a.aliases.isEmpty ? nil : a.aliases.joined(separator: ", "))
            for role in a.roles { text("• " + role.text, indent: " ") }
        case .quote:
            guard let q = index.quote(id: ref.id) else { break }
            text("“" + q.text + "”")
            let person = q.speaker.flatMap { index.person(id: $0) }
            let who = [person?.name, person?.role].compactMap { $0 }.joined(separator: ", ")
            text("— " + (who.isEmpty ? q.attribution : who + " (\(q.attribution))"), .dim)
            field("Venue", q.venue); field("Note", q.note)
        default:
            text(index.summary(of: ref)?.title ?? ref.id, .title)
            field("", index.summary(of: ref)?.detail)
        }

        if let span = index.span(of: ref) {
            blank(); text("From the article", .title)
            para(SourceSentence.styled(around: span, index), indent: " ")
        }
        let linked = index.linked(to: ref).sorted()
        if !linked.isEmpty {
            blank(); text("Linked", .title)
            for kind in RecordKind.allCases {
                let refs = linked.filter { $0.kind == kind }
                guard !refs.isEmpty else { continue }
                switch kind {
                case .pillar, .actor, .person:
                    field(kind.plural.capitalized, refs.map { RecordLabel.short($0, index) }.joined(separator: ", "))
                case .note:
                    text("Notes (\(refs.count)):", .dim)
                    // Notes explain doubts in the data: shown in full, never cut.
                    for n in refs { text("• " + (index.note(id: n.id)?.text ?? n.id), indent: "  ") }
                default:
                    text("\(kind.plural.capitalized) (\(refs.count)):", .dim)
                    // One line each: cut, not wrapped, so a long item cannot push the rest away.
                    for r in refs { out.append(Styled.chars("  • " + RecordLabel.short(r, index), .normal, highlight: queries)) }
                }
            }
        }

        return out
    }
}

/// The sentence (or sentences) of the article around a span, with the span itself highlighted.
enum SourceSentence {
    static func bounds(of span: SourceSpan, in s: [Unicode.Scalar]) -> Range<Int> {
        let n = s.count
        let start = max(0, min(span.start, n)), end = max(start, min(span.end, n))
        func isStop(_ c: Unicode.Scalar) -> Bool { c == "." || c == "!" || c == "?" }
        var i = start
        while i > 0 {
            let c = s[i - 1]
            if c == "\n" { break }
            if c == " ", i >= 2, isStop(s[i - 2]) || (i >= 3 && (s[i - 2] == "”" || s[i - 2] == "\"") && isStop(s[i - 3])) { break }
            i -= 1
        }
        var j = end
        let endsSentence = end > 0 && (isStop(s[end - 1]) || (end >= 2 && s[end - 1] == "”" && isStop(s[end - 2])))
        if endsSentence, j < n, s[j] == "”" || s[j] == "\"" { j += 1 }
        while !endsSentence && j < n {
            let c = s[j]
            if c == "\n" { break }
            j += 1
            if isStop(c) { if j < n && (s[j] == "”" || s[j] == "\"") { j += 1 }; break }
        }
        return i..<max(i, j)
    }

    static func styled(around span: SourceSpan, _ index: DatasetIndex) -> [StyledChar] {
        let scalars = Array(index.dataset.source.text.unicodeScalars)
        let b = bounds(of: span, in: scalars)
        let text = index.sourceText(SourceSpan(start: b.lowerBound, end: b.upperBound))
        return Styled.chars(text, .normal, offset: b.lowerBound).map {
            span.contains($0.offset) ? StyledChar($0.character, .sourceHighlight, offset: $0.offset) : $0
        }
    }
}

import Foundation
