import SummitModel

/// A large, valid dataset for timing: a source text of generated sentences (with accents and curly apostrophes,
/// as the real article has) and records whose spans point into it; quotations are verbatim slices.
enum SyntheticDataset {
    static let words = [
        "troops", "ceasefire", "monitoring", "Türkiye", "RTÉ", "Łódź", "won’t", "naval", "force", "Black", "Sea",
        "presence", "after", "coalition", "willing", "guarantees", "security", "Ukraine", "Poland", "Kyiv",
        "declaration", "Paris", "summit", "reassurance", "Zürich", "deterrence", "framework", "multinational",
        "the", "a", "of", "and", "to", "in", "for", "with", "on", "will", "said", "not",
    ]

    /// A word no other text holds, in one note in a thousand (note-0, note-1000, …): the benchmark's rare word.
    static let rareWord = "zeppelin"

    /// Deterministic, so runs are comparable.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
        mutating func word() -> String { SyntheticDataset.words[below(SyntheticDataset.words.count)] }
        mutating func phrase(_ count: Int) -> String { (0..<count).map { _ in word() }.joined(separator: " ") }
    }

    static func make(records: Int) -> Dataset {
        var random = Generator(state: 42)
        // Shares of each kind, roughly the real article's proportions.
        let pillarCount = 5
        let rest = records - pillarCount
        let actorCount = max(rest * 5 / 100, 1)
        let personCount = max(rest * 5 / 100, 1)
        let quoteCount = rest * 40 / 100
        let figureCount = rest * 15 / 100
        let eventCount = rest * 15 / 100
        let questionCount = rest * 10 / 100
        let noteCount = rest - actorCount - personCount - quoteCount - figureCount - eventCount - questionCount

        // Source text: sentences of words; remember each word's scalar offset so spans are word-aligned.
        let wordTotal = max(records / 2, 1000)
        var text = ""
        var wordStarts: [Int] = []
        var wordEnds: [Int] = []
        var offset = 0
        text.reserveCapacity(wordTotal * 8)
        for k in 0..<wordTotal {
            let word = random.word()
            let separator = k == 0 ? "" : (k % 12 == 0 ? ". " : " ")
            text += separator
            offset += separator.unicodeScalars.count
            wordStarts.append(offset)
            text += word
            offset += word.unicodeScalars.count
            wordEnds.append(offset)
        }
        text += "."
        let scalars = Array(text.unicodeScalars)
        func span(_ random: inout Generator, words: Int) -> SourceSpan {
            let first = random.below(wordTotal - words)
            return SourceSpan(start: wordStarts[first], end: wordEnds[first + words - 1])
        }
        func slice(_ span: SourceSpan) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[span.start..<span.end])
            return String(view)
        }

        let pillars = (1...pillarCount).map { n in
            let s = span(&random, words: 6)
            return Pillar(id: "pillar-\(n)", number: n, title: random.phrase(2).capitalized, text: slice(s), span: s)
        }
        let stances = StanceValue.allCases
        let actors = (0..<actorCount).map { i -> Actor in
            let s = span(&random, words: 5)
            let roles = (0..<random.below(3)).map { _ in
                Role(
                    text: random.phrase(5), span: span(&random, words: 4),
                    pillars: [pillars[random.below(pillarCount)].id])
            }
            return Actor(
                id: "actor-\(i)", name: "Country \(random.word().capitalized) \(i)", kind: .country,
                aliases: ["C\(i)", "Capital \(i)"] + (i == 7 ? ["U.S."] : []),
                stance: Stance(value: stances[random.below(stances.count)], basis: s, note: random.phrase(4)),
                roles: roles, span: s)
        }
        let people = (0..<personCount).map { i in
            Person(
                id: "person-\(i)", name: "Name\(i) Surname\(i / 2)", role: "minister",
                organisation: "Ministry \(i % 50)",
                actor: actors[random.below(actorCount)].id, span: span(&random, words: 2))
        }
        let quotes = (0..<quoteCount).map { i in
            let s = span(&random, words: 3 + random.below(10))
            return Quote(
                id: "quote-\(i)", text: slice(s), span: s, speaker: people[random.below(personCount)].id,
                attribution: "said \(random.word())", venue: i % 10 == 0 ? "RTÉ News" : nil,
                pillars: [pillars[random.below(pillarCount)].id], actors: [actors[random.below(actorCount)].id])
        }
        let figures = (0..<figureCount).map { i in
            Figure(
                id: "figure-\(i)", label: random.phrase(3), value: Double(random.below(100_000)), unit: "troops",
                qualifier: i % 3 == 0 ? "more than" : nil, actor: actors[random.below(actorCount)].id,
                span: span(&random, words: 3))
        }
        let events = (0..<eventCount).map { i in
            let claim = i % 5 == 0
            return Event(
                id: "event-\(i)", summary: random.phrase(6), when: i % 2 == 0 ? "on Friday" : nil,
                actors: [actors[random.below(actorCount)].id], status: claim ? .claim : .reported,
                claimedBy: claim ? actors[random.below(actorCount)].id : nil,
                disputes: claim
                    ? [
                        Dispute(
                            by: actors[random.below(actorCount)].id, text: random.phrase(4),
                            span: span(&random, words: 4))
                    ] : [],
                span: span(&random, words: 8))
        }
        let questions = (0..<questionCount).map { i in
            Question(
                id: "question-\(i)", text: random.phrase(8) + "?", span: span(&random, words: 8),
                pillars: [pillars[random.below(pillarCount)].id], actors: [actors[random.below(actorCount)].id])
        }
        let notes = (0..<noteCount).map { i in
            Note(
                id: "note-\(i)", text: random.phrase(10) + (i % 1000 == 0 ? " " + rareWord : ""),
                about: [quotes.isEmpty ? pillars[0].id : quotes[random.below(quoteCount)].id],
                span: i % 2 == 0 ? span(&random, words: 4) : nil)
        }
        return Dataset(
            title: "Synthetic benchmark dataset",
            source: Source(
                title: "Synthetic article", standfirst: nil, author: "summit-bench", outlet: "none", credit: nil,
                text: text),
            pillars: pillars, actors: actors, people: people, quotes: quotes, figures: figures, events: events,
            questions: questions, notes: notes)
    }
}
