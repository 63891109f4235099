import SummitModel

/// How each kind of record reads in plain output. Every block ends with its reference, e.g. `[poland ¶12]`.
struct PlainRecords {
    let index: DatasetIndex
    let maker: EntryMaker

    init(_ index: DatasetIndex) {
        self.index = index
        maker = EntryMaker(index)
    }

    /// Plain output's tone for a stance (the model decides which tone, see `StanceValue.tone`).
    static func tone(_ stance: StanceValue) -> Tone {
        switch stance.tone {
        case .positive: .positive
        case .conditional: .conditional
        case .negative: .negative
        case .neutral: .neutral
        }
    }

    func ref(_ record: AnyRecord) -> String { maker.reference(record) }

    // MARK: Pillars

    func pillar(_ pillar: Pillar, into page: inout PlainPage) {
        page.heading(
            [Segment("\(pillar.number). ", .strong), Segment(pillar.title, .strong)],
            right: [Segment(ref(.pillar(pillar)), .faint)])
        page.paragraph("\u{201C}\(pillar.text)\u{201D}", indent: 3)
        if let note = pillar.note { page.paragraph("Note: " + note, indent: 3, tone: .faint) }
    }

    func note(_ note: Note, into page: inout PlainPage) {
        page.referenced(note.text, reference: ref(.note(note)), indent: 6, lead: Segment("Note", .strong))
    }

    // MARK: Actors

    func actorTable(_ actors: [Actor], into page: inout PlainPage) {
        let rows = actors.map { actor in
            [
                Segment(actor.name, .strong), Segment(actor.stance.value.label, Self.tone(actor.stance.value)),
                Segment(ref(.actor(actor)), .faint),
            ]
        }
        page.table(header: ["ACTOR", "TROOPS STANCE", "SOURCE"], rows: rows, flexible: 0)
    }

    // MARK: Quotes

    func quote(_ quote: Quote, into page: inout PlainPage) {
        page.paragraph("\u{201C}\(quote.text)\u{201D}")
        page.referenced("\u{2014} " + attribution(of: quote), reference: ref(.quote(quote)), indent: 4, tone: .faint)
    }

    /// "Piotr Buras, head of …, European Council on Foreign Relations (he told RTÉ News)": the attribution is
    /// added only when it says more than the name ("Buras said" does not).
    func attribution(of quote: Quote) -> String {
        guard let id = quote.speaker, let person = index.person(id: id) else {
            return quote.attribution + (quote.venue.map { quote.attribution.contains($0) ? "" : " (\($0))" } ?? "")
        }
        var text = [person.name, person.role, person.organisation].compactMap { $0 }.joined(separator: ", ")
        if !quote.attribution.contains(person.surname) { text += " (\(quote.attribution))" }
        if let venue = quote.venue, !quote.attribution.contains(venue) { text += " (\(venue))" }
        return text
    }

    // MARK: Figures

    func figureTable(_ figures: [Figure], into page: inout PlainPage) {
        // The amount, what it measures with its actor (the part that wraps), and the reference, whole.
        let rows = figures.map { figure in
            let actor = figure.actor.map { " (\(index.actorName($0)))" } ?? ""
            return [
                Segment(figure.printedAmount, .strong), Segment(figure.label + actor),
                Segment(ref(.figure(figure)), .faint),
            ]
        }
        page.table(header: ["AMOUNT", "WHAT IT MEASURES", "SOURCE"], rows: rows, flexible: 1)
    }

    // MARK: Events

    func event(_ event: Event, into page: inout PlainPage) {
        page.paragraph(event.summary, tone: .strong)
        var facts: [String] = []
        if let when = event.when { facts.append("when: " + when) }
        if !event.actors.isEmpty {
            facts.append("actors: " + event.actors.map(index.actorName).joined(separator: ", "))
        }
        switch event.status {
        case .reported: facts.append("reported by the article")
        case .claim:
            facts.append("claim" + (event.claimedBy.map { " by " + index.actorName($0) } ?? "") + ", not established")
        }
        page.referenced(facts.joined(separator: " \u{00B7} "), reference: ref(.event(event)), indent: 3, tone: .faint)
        for dispute in event.disputes {
            page.referenced(
                "disputed by \(index.actorName(dispute.by)): \(dispute.text)",
                reference: maker.reference(id: nil, span: dispute.span), indent: 3)
        }
    }

    // MARK: Questions

    func question(_ question: Question, number: Int, into page: inout PlainPage) {
        page.referenced(
            question.text, reference: ref(.question(question)), indent: 4, lead: Segment("\(number).", .strong))
    }

    // MARK: People

    func person(_ person: Person, into page: inout PlainPage, indent: Int = 0, lead: Segment? = nil) {
        let text = [person.name, person.role, person.organisation].compactMap { $0 }.joined(separator: ", ")
        page.referenced(text, reference: ref(.person(person)), indent: indent, lead: lead)
    }
}
