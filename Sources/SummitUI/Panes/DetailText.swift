import SummitModel

/// The detail pane's lines: wrapped text, and runs of one-line linked records drawn only when read. A derived
/// view (see `DerivedViews`): the reducer learns the pane's height from the kept one and the pane draws it.
struct DetailText: Sendable {
    /// Beyond this, a linked list of notes ends with "and N more".
    static let notesShown = 300

    enum Segment: Sendable { case lines([[StyledChar]]), items(LinkedGroup) }
    /// What the lines were computed from; they are used only while all of it still holds.
    let index: DatasetIndex
    let subject: RecordRef
    let width: Int
    let queries: [String]
    /// How a figure's chart draws its bars.
    let glyphs: BarChart.Glyphs
    private(set) var segments: [Segment] = []
    private(set) var count = 0

    private init(_ subject: RecordRef, _ index: DatasetIndex, width: Int, queries: [String], glyphs: BarChart.Glyphs) {
        self.index = index
        self.subject = subject
        self.width = width
        self.queries = queries
        self.glyphs = glyphs
    }

    func fits(
        _ subject: RecordRef, width: Int, queries: [String], glyphs: BarChart.Glyphs = .blocks, _ index: DatasetIndex
    ) -> Bool {
        self.subject == subject && self.width == width && self.index === index && self.queries == queries
            && self.glyphs == glyphs
    }

    mutating func append(_ lines: [[StyledChar]]) {
        count += lines.count
        if case .lines(let before)? = segments.last {
            segments[segments.count - 1] = .lines(before + lines)
        } else {
            segments.append(.lines(lines))
        }
    }

    mutating func append(items refs: LinkedGroup) {
        count += refs.count
        segments.append(.items(refs))
    }

    subscript(_ i: Int) -> [StyledChar] {
        var i = i
        for segment in segments {
            switch segment {
            case .lines(let lines):
                if i < lines.count { return lines[i] }
                i -= lines.count
            case .items(let refs):
                if i < refs.count {
                    return Styled.chars("  • " + RecordLabel.short(refs[i], index), .normal, highlight: queries)
                }
                i -= refs.count
            }
        }
        return []
    }

    /// All lines, built (for tests and small records).
    var all: [[StyledChar]] { (0..<count).map { self[$0] } }

    /// The linked records, one per line, that ↓ ↑ select and Enter opens: the `k`th one and its line.
    /// A walk over the segments (a handful), not over the records.
    func link(_ k: Int) -> (line: Int, ref: RecordRef)? {
        guard k >= 0 else { return nil }
        var line = 0
        var k = k
        for segment in segments {
            switch segment {
            case .lines(let lines): line += lines.count
            case .items(let refs):
                if k < refs.count { return (line + k, refs[k]) }
                k -= refs.count
                line += refs.count
            }
        }
        return nil
    }

    /// The first link on or after `line` (`after == false`: the last one on or before it).
    func link(near line: Int, after: Bool) -> Int? {
        var start = 0
        var passed = 0
        var best: Int?
        for segment in segments {
            switch segment {
            case .lines(let lines): start += lines.count
            case .items(let refs):
                let range = start..<start + refs.count
                if after, range.upperBound > line { return passed + max(0, line - start) }
                if !after, range.lowerBound <= line { best = passed + min(refs.count - 1, line - start) }
                start += refs.count
                passed += refs.count
            }
        }
        return best
    }
}

extension DetailText {
    /// The detail text of a record, wrapped to `width`. Lines of linked records are built only when read: a
    /// pillar of a large dataset links hundreds of thousands of records, and a frame shows a screenful.
    init(
        _ ref: RecordRef, _ index: DatasetIndex, width: Int, queries: [String], glyphs: BarChart.Glyphs = .blocks,
        linked given: LinkedRecords? = nil
    ) {
        let w = max(1, width - 1)
        var doc = DetailText(ref, index, width: width, queries: queries, glyphs: glyphs)
        func para(_ chars: [StyledChar], indent: String = " ") {
            let ind = Styled.chars(indent, .normal)
            doc.append(Styled.wrap(chars, to: max(1, w - indent.count)).map { ind + $0 })
        }
        func text(_ s: String, _ style: Style = .normal, indent: String = " ") {
            para(Styled.chars(s, style, highlight: queries), indent: indent)
        }
        func field(_ label: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            para(Styled.chars(label + ": ", .dim) + Styled.chars(value, .normal, highlight: queries))
        }
        func blank() { doc.append([[]]) }

        switch ref.kind {
        case .pillar:
            guard let p = index.pillar(id: ref.id) else { break }
            text("Pillar \(p.number): \(p.title)", .title)
            blank()
            text(p.text)
            field("Note", p.note)
        case .actor:
            guard let a = index.actor(id: ref.id) else { break }
            text("\(a.name) · \(a.kind.rawValue)", .title)
            para(
                Styled.chars("Stance: ", .dim)
                    + Styled.chars(StanceBadge.text(a.stance.value), StanceBadge.style(a.stance.value)))
            field("Why", a.stance.note)
            field("Also called", a.aliases.isEmpty ? nil : a.aliases.joined(separator: ", "))
            for role in a.roles { text("• " + role.text, indent: " ") }
        case .quote:
            guard let q = index.quote(id: ref.id) else { break }
            text("“" + q.text + "”")
            let person = q.speaker.flatMap { index.person(id: $0) }
            let who = [person?.name, person?.role].compactMap { $0 }.joined(separator: ", ")
            text("— " + (who.isEmpty ? q.attribution : who + " (\(q.attribution))"), .dim)
            field("Venue", q.venue)
            field("Note", q.note)
        case .figure:
            guard let f = index.figure(id: ref.id) else { break }
            text(f.printedAmount, .title)
            text(f.label)
            field("Actor", f.actor.map { index.actorName($0) })
            field("Note", f.note)
            if let chart = FigureComparison.chart(for: f, index) {
                blank()
                text("Compared with figures that count the same", .title)
                doc.append(chart.lines(width: max(1, w - 1), glyphs: glyphs).map { Styled.chars(" ", .normal) + $0 })
                // Doubts about the other bars (do two figures count the same thing?) are shown with the chart;
                // this figure's own notes follow under Linked.
                let own = Set(index.notes(about: f.id).map(\.id))
                let others = FigureComparison.notes(onChartOf: f, index).filter { !own.contains($0.id) }
                if !others.isEmpty { text("On the other figures charted:", .dim) }
                for n in others { text("• " + n.text, indent: "  ") }
            }
        case .event:
            guard let e = index.event(id: ref.id) else { break }
            text(e.summary, .title)
            field("When", e.when)
            field(
                "Status",
                e.status == .claim
                    ? "claimed by " + (e.claimedBy.map { index.actorName($0) } ?? "a party") : "reported by the article"
            )
            for d in e.disputes { field("Disputed by " + index.actorName(d.by), d.text) }
        case .question:
            guard let q = index.question(id: ref.id) else { break }
            text(q.text, .title)
            text("An open question the article raises", .dim)
        default:
            text(index.summary(of: ref)?.title ?? ref.id, .title)
            field("", index.summary(of: ref)?.detail)
        }

        // The reference the command line prints, so what is seen here can be looked up with `summit source --record`.
        field("Reference", index.reference(ref))
        if let span = index.span(of: ref) {
            blank()
            text("From the article", .title)
            para(SourceSentence.styled(around: span, index), indent: " ")
        }
        let linked = given.flatMap { $0.fits(ref, index) ? $0 : nil } ?? LinkedRecords(ref, index)
        if !linked.byKind.isEmpty {
            blank()
            text("Linked", .title)
            for (kind, refs) in linked.byKind {
                let heading = kind.plural.prefix(1).uppercased() + kind.plural.dropFirst()
                switch kind {
                case .note:
                    text("\(heading) (\(refs.count)):", .dim)
                    // Notes explain doubts in the data: shown in full, never cut (the list stops after many).
                    for n in refs.prefix(DetailText.notesShown) {
                        text("• " + (index.note(id: n.id)?.text ?? n.id), indent: "  ")
                    }
                    if refs.count > DetailText.notesShown {
                        text("… and \(refs.count - DetailText.notesShown) more notes", .dim, indent: "  ")
                    }
                default:
                    text("\(heading) (\(refs.count)):", .dim)
                    // One line each, each a link ↓ selects and Enter opens: cut, not wrapped, so a long item
                    // cannot push the rest away.
                    doc.append(items: refs)
                }
            }
        }
        self = doc
    }
}
