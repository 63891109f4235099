import Foundation
import SummitData
import SummitModel
import Testing

/// The bundled dataset against the article it is drawn from: nothing may go beyond the text.
@Suite struct BundledDatasetTests {
    let dataset: Dataset
    let text: ScalarText

    init() throws {
        dataset = try BundledDataset.load()
        text = ScalarText(dataset.source.text)
    }

    /// Resources/ beside this package, found from this file so the test does not depend on the working directory.
    static let resources = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Resources")

    // MARK: the ready form

    /// The values compiled in (DECISIONS 70) are exactly what the validator makes of the embedded JSON, record for
    /// record and field for field, for every kind (each kind has records here, so every type's literal is checked).
    @Test func readyDatasetIsTheValidatedJSON() throws {
        let parsed = try BundledDataset.loadFromJSON()
        #expect(dataset == parsed)
        #expect(dataset.counts.allSatisfy { $0.count > 0 }, "every kind is exercised: \(dataset.counts)")
        for (ready, json) in zip(dataset.counts, parsed.counts) { #expect(ready.count == json.count) }
    }

    // MARK: the source

    @Test func sourceTextIsTheBundledArticleCharacterForCharacter() throws {
        let data = try Data(contentsOf: Self.resources.appendingPathComponent("article.txt"))
        let article = try #require(String(data: data, encoding: .utf8))
        // Compare scalars, not String ==, which would accept canonically equivalent but different text.
        #expect(Array(dataset.source.text.unicodeScalars) == Array(article.unicodeScalars))
    }

    @Test func articleHasNoAdvertisementAndOneBlankLineBetweenParagraphs() {
        #expect(!dataset.source.text.contains("Advertisement"))
        #expect(!dataset.source.text.contains("\n\n\n"))
    }

    @Test func attributionComesFromThePrintedLines() throws {
        let lines = dataset.source.text.components(separatedBy: "\n")
        #expect(dataset.source.title == lines.first)
        #expect(lines.count > 2 && dataset.source.standfirst == lines[2])
        #expect(dataset.source.credit == lines.last)
        #expect(lines.contains("By \(dataset.source.author)"))
        let credit = try #require(dataset.source.credit)
        #expect(credit.hasPrefix(dataset.source.outlet))
    }

    // MARK: spans

    @Test func everySpanLiesInsideTheTextAndCarriesItsExcerpt() {
        let spans = dataset.labelledSpans
        #expect(!spans.isEmpty)
        for (path, span) in spans {
            #expect(span.start < span.end, "\(path) is empty or reversed")
            let slice = text.slice(span)
            #expect(slice != nil, "\(path) lies outside the text")
            #expect(span.excerpt != nil, "\(path) has no excerpt")
            #expect(slice == span.excerpt, "\(path) excerpt does not match the text it covers")
        }
    }

    @Test func pillarTextIsTheClauseItsSpanCovers() {
        for pillar in dataset.pillars {
            #expect(text.slice(pillar.span) == pillar.text, "\(pillar.id)")
        }
        #expect(dataset.pillars.map(\.number) == Array(1...dataset.pillars.count))
    }

    @Test func thereAreFourPillarsAndTheFiveInTheTextIsNoted() throws {
        // The article announces "five pillars" but lists four clauses; the dataset records four and invents no fifth.
        #expect(dataset.pillars.count == 4)
        let announced = try #require(
            dataset.notes.first { note in
                note.span.flatMap(text.slice) == "five pillars"
            }, "a note must quote “five pillars” and explain the mismatch")
        #expect(Set(dataset.pillars.map(\.id)).isSubset(of: Set(announced.about)))
    }

    // MARK: quotations

    @Test func everyQuoteIsVerbatimAndEqualsItsSpan() {
        for quote in dataset.quotes {
            let verbatim = dataset.source.text.contains(quote.text)
            #expect(verbatim, "\(quote.id) is not verbatim in the text")
            #expect(text.slice(quote.span) == quote.text, "\(quote.id) text differs from its span")
            // The span is exactly what lies between the printed quotation marks.
            let before = quote.span.start > 0 ? text.scalars[quote.span.start - 1] : nil
            let after = quote.span.end < text.scalars.count ? text.scalars[quote.span.end] : nil
            #expect(before == "“" && after == "”", "\(quote.id) does not span exactly the quoted words")
        }
    }

    @Test func everyQuotedFragmentInTheArticleIsRecorded() {
        var pairs: [(start: Int, end: Int)] = []
        var open: Int?
        for (offset, scalar) in text.scalars.enumerated() {
            if scalar == "“" {
                #expect(open == nil, "nested opening quotation mark at \(offset)")
                open = offset
            } else if scalar == "”" {
                guard let start = open else {
                    Issue.record("closing quotation mark without opening at \(offset)")
                    continue
                }
                pairs.append((start + 1, offset))
                open = nil
            }
        }
        #expect(open == nil, "an opening quotation mark is never closed")
        #expect(!pairs.isEmpty)
        let covered = Set(dataset.quotes.map { [$0.span.start, $0.span.end] })
        for pair in pairs {
            #expect(
                covered.contains([pair.start, pair.end]),
                "quoted fragment at \(pair.start)..<\(pair.end) is in no quote record")
        }
        #expect(dataset.quotes.count == pairs.count, "one quote record per quoted fragment")
    }

    @Test func attributedQuotesUseTheArticlesOwnWords() {
        for quote in dataset.quotes where quote.speaker != nil {
            let printed = dataset.source.text.contains(quote.attribution)
            #expect(printed, "\(quote.id) attribution is not the article’s wording")
        }
        for quote in dataset.quotes where quote.speaker == nil {
            #expect(quote.note != nil, "\(quote.id) has no speaker, so it must say why")
        }
    }

    // MARK: interpretation and fidelity

    @Test func everyStanceIsMarkedAsAnInterpretationWithItsBasis() {
        for actor in dataset.actors {
            #expect(!(actor.stance.note ?? "").isEmpty, "\(actor.id) stance has no note explaining the reading")
            #expect(text.slice(actor.stance.basis).map { !$0.isEmpty } == true, "\(actor.id) stance basis")
        }
    }

    @Test func eventTimesAreAsPrintedAndNoCalendarDateIsInvented() throws {
        let folded = dataset.source.text.lowercased()
        for event in dataset.events {
            if let when = event.when {
                let printed = folded.contains(when.lowercased())
                #expect(printed, "\(event.id) when “\(when)” is not in the text")
            }
            #expect((event.status == .claim) == (event.claimedBy != nil), "\(event.id): a claim names who claims it")
            if event.status == .reported { #expect(event.disputes.isEmpty, "\(event.id): only a claim is disputed") }
        }
        // Years and "Month day" dates anywhere in the records must be printed in the article.
        let months = "January|February|March|April|May|June|July|August|September|October|November|December"
        let datePattern = try NSRegularExpression(
            pattern: "\\b(1[0-9]{3}|20[0-9]{2})\\b|\\b(\(months))\\s+[0-9]{1,2}\\b|\\b[0-9]{1,2}\\s+(\(months))\\b")
        for string in try recordStrings() {
            let range = NSRange(string.startIndex..., in: string)
            for match in datePattern.matches(in: string, range: range) {
                let found = (string as NSString).substring(with: match.range)
                let printed = dataset.source.text.contains(found)
                #expect(printed, "“\(found)” is a date or year the article does not print")
            }
        }
    }

    @Test func everyFigureIsPrintedInItsSpan() {
        let grouped = NumberFormatter()
        grouped.numberStyle = .decimal
        grouped.usesGroupingSeparator = true
        grouped.groupingSeparator = ","
        let words = NumberFormatter()
        words.numberStyle = .spellOut
        words.locale = Locale(identifier: "en_US")
        for figure in dataset.figures {
            let excerpt = (text.slice(figure.span) ?? "").lowercased()
            for number in [figure.value] + (figure.upper.map { [$0] } ?? []) {
                let forms = [
                    grouped.string(from: NSNumber(value: number)), words.string(from: NSNumber(value: number)),
                ]
                .compactMap { $0?.lowercased() }
                #expect(forms.contains { excerpt.contains($0) }, "\(figure.id): \(number) is not printed in its span")
            }
            if let qualifier = figure.qualifier {
                #expect(excerpt.contains(qualifier.lowercased()), "\(figure.id) qualifier")
            }
        }
    }

    // MARK: structure

    @Test func idsAreUniqueAndEveryReferenceResolves() {
        let ids =
            dataset.pillars.map(\.id) + dataset.actors.map(\.id) + dataset.people.map(\.id) + dataset.quotes.map(\.id)
            + dataset.figures.map(\.id) + dataset.events.map(\.id) + dataset.questions.map(\.id)
            + dataset.notes.map(\.id)
        #expect(Set(ids).count == ids.count, "duplicate ids")
        let pillarIDs = Set(dataset.pillars.map(\.id))
        let actorIDs = Set(dataset.actors.map(\.id))
        let personIDs = Set(dataset.people.map(\.id))
        let all = Set(ids)
        for actor in dataset.actors {
            for role in actor.roles { #expect(pillarIDs.isSuperset(of: role.pillars), "\(actor.id) role") }
        }
        for person in dataset.people { if let a = person.actor { #expect(actorIDs.contains(a), "\(person.id)") } }
        for quote in dataset.quotes {
            if let s = quote.speaker { #expect(personIDs.contains(s), "\(quote.id) speaker") }
            #expect(pillarIDs.isSuperset(of: quote.pillars) && actorIDs.isSuperset(of: quote.actors), "\(quote.id)")
        }
        for figure in dataset.figures { if let a = figure.actor { #expect(actorIDs.contains(a), "\(figure.id)") } }
        for event in dataset.events {
            #expect(
                actorIDs.isSuperset(of: event.actors + event.disputes.map(\.by) + [event.claimedBy].compactMap { $0 }),
                "\(event.id)")
        }
        for question in dataset.questions {
            #expect(
                pillarIDs.isSuperset(of: question.pillars) && actorIDs.isSuperset(of: question.actors), "\(question.id)"
            )
        }
        for note in dataset.notes { #expect(all.isSuperset(of: note.about), "\(note.id)") }
    }

    @Test func aliasesNameOneActorEach() {
        var owner: [String: String] = [:]
        for actor in dataset.actors {
            for name in [actor.name] + actor.aliases {
                let key = name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                #expect(
                    owner[key] == nil || owner[key] == actor.id,
                    "“\(name)” names both \(owner[key] ?? "") and \(actor.id)")
                owner[key] = actor.id
            }
        }
    }

    @Test func countsPerKindMatchTheJSON() throws {
        // Counted from the raw JSON, independently of the Swift decoding.
        let object = try JSONSerialization.jsonObject(with: Data(BundledDataset.json.utf8))
        let root = try #require(object as? [String: Any])
        for (kind, count) in dataset.counts {
            let records = try #require(root[kind.plural] as? [Any], "missing array \(kind.plural)")
            #expect(records.count == count, "\(kind.plural)")
            #expect(count > 0, "\(kind.plural) is empty")
        }
    }

    // MARK: the format document

    @Test func theFormatDocumentsExampleLoadsAndItsSpansMatch() throws {
        // The example in docs/dataset-format.md is what dataset authors copy; it must stay valid.
        let url = Self.resources.deletingLastPathComponent().appendingPathComponent("docs/dataset-format.md")
        let document = try String(contentsOf: url, encoding: .utf8)
        let fence = try #require(document.range(of: "```json\n"), "the document has a JSON example")
        let close = try #require(document.range(of: "\n```", range: fence.upperBound..<document.endIndex))
        let example = try DatasetLoader.load(
            data: Data(document[fence.upperBound..<close.lowerBound].utf8), origin: "example")
        let exampleText = ScalarText(example.source.text)
        for (path, span) in example.labelledSpans {
            #expect(span.excerpt != nil && exampleText.slice(span) == span.excerpt, "example \(path)")
        }
        for quote in example.quotes { #expect(exampleText.slice(quote.span) == quote.text, "example \(quote.id)") }
        #expect(example.counts.allSatisfy { $0.count > 0 }, "the example shows every kind")
    }

    /// Every string in every record (the source itself excluded), read from the raw JSON.
    private func recordStrings() throws -> [String] {
        var root = try #require(
            try JSONSerialization.jsonObject(with: Data(BundledDataset.json.utf8)) as? [String: Any])
        root["source"] = nil
        var strings: [String] = []
        func walk(_ value: Any) {
            if let s = value as? String {
                strings.append(s)
            } else if let a = value as? [Any] {
                a.forEach(walk)
            } else if let d = value as? [String: Any] {
                d.values.forEach(walk)
            }
        }
        walk(root)
        return strings
    }
}
