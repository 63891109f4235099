import SummitModel

/// A quote on a slide of its own: the words large (bold, a short measure, between curly quotes), then who said it.
enum QuoteSlide {
    static func lines(_ quote: Quote, _ index: DatasetIndex, width: Int) -> [[StyledChar]] {
        // A short measure reads faster from afar than a line across a projector screen.
        let measure = max(1, min(width, 72))
        let words = Styled.chars("“" + quote.text + "”", .title)
        var lines = Styled.wrap(words, to: measure)
        let person = quote.speaker.flatMap { index.person(id: $0) }
        let who = [person?.name, person?.role, person?.organisation].compactMap { $0 }.joined(separator: ", ")
        lines.append([])
        lines += Styled.wrap(Styled.chars("— " + (who.isEmpty ? quote.attribution : who), .normal), to: measure)
        if let venue = quote.venue { lines += Styled.wrap(Styled.chars("  to " + venue, .dim), to: measure) }
        return lines
    }
}
