import SummitModel

/// What `y` and `Y` put on the clipboard, as plain text (made safe by `Clipboard` on the way out).
enum CopiedText {
    /// `y`: the record as a reader would quote it, ending with the reference the command line prints.
    static func record(_ ref: RecordRef, _ index: DatasetIndex) -> String {
        let reference = index.reference(ref)
        switch ref.kind {
        case .quote:
            guard let q = index.quote(id: ref.id) else { break }
            let person = q.speaker.flatMap { index.person(id: $0) }
            let who = [person?.name, person?.role].compactMap { $0 }.joined(separator: ", ")
            return "“\(q.text)” — " + (who.isEmpty ? q.attribution : who) + " " + reference
        case .actor:
            guard let a = index.actor(id: ref.id) else { break }
            let basis = index.sourceText(a.stance.basis)
            return "\(a.name): \(a.stance.value.label)" + (a.stance.note.map { " — " + $0 } ?? "")
                + "\n“\(basis)” " + reference
        case .pillar:
            guard let p = index.pillar(id: ref.id) else { break }
            return "Pillar \(p.number): \(p.title) — \(p.text) " + reference
        case .figure:
            // A figure as the article prints it.
            guard let span = index.span(of: ref) else { break }
            return index.sourceText(span) + " " + reference
        default: break
        }
        let summary = index.summary(of: ref)
        return [summary?.title, summary?.detail].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " — ") + " "
            + reference
    }

    /// `Y`: the `summit` command listing what `pane` shows under `chips`, and the chips no flag can say.
    static func command(_ pane: PaneID, _ chips: [FilterChip], _ index: DatasetIndex) -> (
        line: String, leftOut: [FilterChip]
    ) {
        var words = ["summit"]
        var leftOut: [FilterChip] = []
        let texts = chips.compactMap { if case .text(let q) = $0 { q } else { nil } }
        switch pane {
        case .quotes where texts.isEmpty, .detail where texts.isEmpty:
            words.append("quotes")
            for chip in chips {
                switch chip {
                case .speaker(let id): words += ["--speaker", shellWord(id)]
                case .actor(let id): words += ["--actor", shellWord(id)]
                case .pillar(let id):
                    words += ["--pillar", shellWord(index.pillar(id: id).map { String($0.number) } ?? id)]
                default: leftOut.append(chip)
                }
            }
        case .positions where texts.isEmpty:
            words.append("actors")
            for chip in chips {
                if case .stance(let s) = chip { words += ["--stance", s.rawValue] } else { leftOut.append(chip) }
            }
        case .pillars where texts.isEmpty:
            words.append("pillars")
            leftOut = chips
        default:
            // Text filters: the search command, which matches every word the same way.
            words += ["search"] + texts.flatMap { $0.split(separator: " ").map { shellWord(String($0)) } }
            leftOut = chips.filter { if case .text = $0 { false } else { true } }
        }
        return (words.joined(separator: " "), leftOut)
    }

    /// A word the shell reads back unchanged: plain when it is only letters, digits and - _ . , else in single quotes.
    static func shellWord(_ word: String) -> String {
        if !word.isEmpty,
            word.unicodeScalars.allSatisfy({
                ($0.properties.isAlphabetic || ("0"..."9").contains($0)) && $0.isASCII
                    || "-_.".unicodeScalars.contains($0)
            })
        {
            return word
        }
        return "'" + word.replacingScalar("'", with: "'\\''") + "'"
    }
}
