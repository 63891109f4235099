// One-line summaries for lists. Text stays raw (sanitizing is the output's job) except that line breaks
// become spaces, since a summary is one line.

extension DatasetIndex {
    /// Longest quote excerpt shown in a quote's title, in characters.
    static let quoteTitleLength = 60

    public func summary(of ref: RecordRef) -> RecordSummary? {
        let parts: (title: String, detail: String, span: SourceSpan)?
        switch ref.kind {
        case .pillar:
            parts = pillar(id: ref.id).map { ("Pillar \($0.number): \($0.title)", $0.text, $0.span) }
        case .actor:
            parts = actor(id: ref.id).map { actor in
                let aliases = actor.aliases.isEmpty ? "" : " · also " + actor.aliases.joined(separator: ", ")
                return (actor.name, "\(actor.kind.rawValue) · stance: \(actor.stance.value.label)\(aliases)", actor.span)
            }
        case .person:
            parts = person(id: ref.id).map { person in
                let detail = [person.role, person.organisation, person.actor.flatMap { actor(id: $0)?.name }]
                    .compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
                return (person.name, detail, person.span)
            }
        case .quote:
            parts = quote(id: ref.id).map { quote in
                let speaker = quote.speaker.flatMap { person(id: $0)?.name.split(separator: " ").last.map(String.init) }
                let words = "“" + DatasetIndex.truncated(quote.text, to: DatasetIndex.quoteTitleLength) + "”"
                let detail = [quote.attribution, quote.venue].compactMap { $0 }.filter { !$0.isEmpty }
                    .joined(separator: " · ")
                return (speaker.map { "\($0): \(words)" } ?? words, detail, quote.span)
            }
        case .figure:
            parts = figure(id: ref.id).map { figure in
                var amount = SearchText.number(figure.value).split(separator: " ").last.map(String.init) ?? ""
                if let upper = figure.upper {
                    amount += "–" + (SearchText.number(upper).split(separator: " ").last.map(String.init) ?? "")
                }
                let detail = [figure.qualifier, amount, figure.unit].compactMap { $0 }.filter { !$0.isEmpty }
                    .joined(separator: " ")
                return (figure.label, detail, figure.span)
            }
        case .event:
            parts = event(id: ref.id).map { event in
                let detail = [event.when, event.status == .claim ? "claim" + (event.disputes.isEmpty ? "" : ", disputed") : "reported"]
                    .compactMap { $0 }.joined(separator: " · ")
                return (event.summary, detail, event.span)
            }
        case .question:
            parts = question(id: ref.id).map { ($0.text, "open question", $0.span) }
        case .note:
            parts = note(id: ref.id).map { note in
                (note.text, "note on " + note.about.joined(separator: ", "), note.span ?? SourceSpan(start: 0, end: 0))
            }
        }
        guard let parts else { return nil }
        return RecordSummary(ref: ref, title: DatasetIndex.oneLine(parts.title), detail: DatasetIndex.oneLine(parts.detail),
                             span: parts.span)
    }

    static func oneLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return String(text.map { $0.isNewline ? " " : $0 })
    }

    static func truncated(_ text: String, to length: Int) -> String {
        guard text.count > length else { return text }
        return String(text.prefix(length - 1)) + "…"
    }
}
