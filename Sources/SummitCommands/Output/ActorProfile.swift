import SummitModel

/// Everything the dataset says about one actor, gathered through the query engine's cross-references.
struct ActorProfile {
    let actor: Actor
    let index: DatasetIndex
    let people: [Person]
    let quotes: [Quote]
    let figures: [Figure]
    let events: [Event]
    let pillars: [Pillar]
    let notes: [Note]
    /// The text the stance is read from: its excerpt, or the source text under its span.
    let basis: String

    init(actor: Actor, index: DatasetIndex) {
        self.actor = actor
        self.index = index
        people = index.people(ofActor: actor.id)
        quotes = index.quotes(onActor: actor.id)
        figures = index.figures(ofActor: actor.id)
        events = index.events(ofActor: actor.id)
        pillars = index.pillars(ofActor: actor.id)
        notes = index.notes(about: actor.id)
        basis = actor.stance.basis.excerpt ?? index.sourceText(actor.stance.basis)
    }

    /// Every related record, in the order the plain profile shows them.
    var related: [AnyRecord] {
        pillars.map(AnyRecord.pillar) + people.map(AnyRecord.person) + quotes.map(AnyRecord.quote)
            + figures.map(AnyRecord.figure) + events.map(AnyRecord.event) + notes.map(AnyRecord.note)
    }

    struct Document: Encodable {
        let command = "actor"
        let query: [String: String]
        let actor: RecordEntry
        let related: [String: [RecordEntry]]
    }

    func document(query: String) -> Document {
        let maker = EntryMaker(index)
        return Document(
            query: ["name": query], actor: maker.entry(.actor(actor)),
            related: [
                "people": people.map { maker.entry(.person($0)) },
                "quotes": quotes.map { maker.entry(.quote($0)) },
                "figures": figures.map { maker.entry(.figure($0)) },
                "events": events.map { maker.entry(.event($0)) },
                "pillars": pillars.map { maker.entry(.pillar($0)) },
                "notes": notes.map { maker.entry(.note($0)) },
            ])
    }

    /// Label column width: the longest label ("Figures") plus two spaces.
    private static let labelColumn = 9
    /// Below this width a label column leaves the text too little room: labels take a line of their own instead.
    private static let narrowPage = 50

    func plain(into page: inout PlainPage) {
        let records = PlainRecords(index)
        let maker = records.maker
        let narrow = page.width < Self.narrowPage
        let indent = narrow ? 2 : Self.labelColumn
        let itemIndent = indent + 2
        page.heading([Segment(actor.name, .strong)], right: [Segment(maker.reference(.actor(actor)), .faint)])
        var identity = [actor.kind.rawValue]
        if !actor.aliases.isEmpty { identity.append("also: " + actor.aliases.joined(separator: ", ")) }
        page.paragraph(identity.joined(separator: " \u{00B7} "), tone: .faint)
        page.blank()

        if narrow { page.line(Segment("Stance", .strong)) }
        let stance = [
            Segment((narrow ? "" : "Stance").padding(indent)),
            Segment(actor.stance.value.label, PlainRecords.tone(actor.stance.value)),
        ]
        let aside = "(an interpretation of the text below)"
        if stance.reduce(2 + TextWidth.of(aside), { $0 + $1.width }) <= page.width {
            page.line(stance + [Segment("  " + aside, .faint)])
        } else {
            page.line(stance)
            page.paragraph(aside, indent: indent, tone: .faint)
        }
        page.referenced(
            "\u{201C}\(basis)\u{201D}", reference: maker.reference(id: nil, span: actor.stance.basis), indent: indent)
        if let note = actor.stance.note { page.paragraph(note, indent: indent, tone: .faint) }

        section("Roles", actor.roles, into: &page) { role, page, lead in
            let numbers = role.pillars.map { id in index.pillar(id: id).map { String($0.number) } ?? id }
            let pillarList = numbers.isEmpty ? "" : " (pillar " + numbers.joined(separator: ", ") + ")"
            page.referenced(
                role.text + pillarList, reference: maker.reference(id: nil, span: role.span),
                indent: itemIndent, lead: lead)
        }
        section("Pillars", pillars, into: &page) { pillar, page, lead in
            page.referenced(
                "\(pillar.number). \(pillar.title)", reference: maker.reference(.pillar(pillar)), indent: itemIndent,
                lead: lead)
        }
        section("People", people, into: &page) { person, page, lead in
            records.person(person, into: &page, indent: itemIndent, lead: lead)
        }
        section("Quotes", quotes, into: &page) { quote, page, lead in
            let who = quote.speaker.flatMap { index.person(id: $0) }.map { " \u{2014} " + $0.name } ?? ""
            page.referenced(
                "\u{201C}\(quote.text)\u{201D}" + who, reference: maker.reference(.quote(quote)), indent: itemIndent,
                lead: lead)
        }
        section("Figures", figures, into: &page) { figure, page, lead in
            page.referenced(
                figure.printedAmount + ": " + figure.label, reference: maker.reference(.figure(figure)),
                indent: itemIndent, lead: lead)
        }
        section("Events", events, into: &page) { event, page, lead in
            let when = event.when.map { " (\($0))" } ?? ""
            let claim = event.status == .claim ? " [claim]" : ""
            page.referenced(
                event.summary + when + claim, reference: maker.reference(.event(event)), indent: itemIndent, lead: lead)
        }
        section("Notes", notes, into: &page) { note, page, lead in
            page.referenced(note.text, reference: maker.reference(.note(note)), indent: itemIndent, lead: lead)
        }
    }

    /// A labelled list; the label leads its first item, every item gets a bullet, and an empty section is left out.
    private func section<T>(
        _ label: String, _ items: [T], into page: inout PlainPage,
        _ item: (T, inout PlainPage, Segment?) -> Void
    ) {
        guard !items.isEmpty else { return }
        page.blank()
        let narrow = page.width < Self.narrowPage
        if narrow { page.line(Segment(label, .strong)) }
        for (i, value) in items.enumerated() {
            let column = narrow ? "".padding(2) : (i == 0 ? label : "").padding(Self.labelColumn)
            item(value, &page, Segment(column + "\u{2022} ", .strong))
        }
    }
}

extension String {
    /// Right-pads with spaces to `width` columns (ASCII labels only).
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
