import SummitData
import SummitModel
import Testing

/// Every sentence of the article supports at least one record: nothing the article says is left out of the data.
@Suite struct SentenceCoverageTests {
    @Test func everySentenceOfTheArticleSupportsARecord() throws {
        let dataset = try BundledDataset.load()
        let text = Array(dataset.source.text.unicodeScalars)
        let spans = dataset.labelledSpans.map(\.span).filter { $0.start < $0.end }.sorted { $0.start < $1.start }
        var uncovered: [String] = []
        var next = 0  // spans are sorted by start: the ones starting before a sentence ends are checked once each
        var reach = Int.min  // the furthest end among spans that start before the current sentence
        for sentence in Sentences.ranges(in: text) {
            var covered = reach > sentence.lowerBound
            while next < spans.count, spans[next].start < sentence.upperBound {
                if spans[next].end > sentence.lowerBound { covered = true }
                reach = max(reach, spans[next].end)
                next += 1
            }
            if !covered {
                uncovered.append(
                    "[\(sentence.lowerBound)..<\(sentence.upperBound)] "
                        + String(String.UnicodeScalarView(text[sentence])))
            }
        }
        #expect(uncovered.isEmpty, Comment(rawValue: "sentences no span covers:\n" + uncovered.joined(separator: "\n")))
    }
}
