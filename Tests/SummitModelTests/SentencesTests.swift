import SummitData
import Testing

@testable import SummitModel

/// The one sentence splitter: abbreviations and initials do not end a sentence, a quotation keeps its opening mark.
@Suite struct SentencesTests {
    func sentences(_ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        return Sentences.ranges(in: s).map { String(String.UnicodeScalarView(s[$0])) }
    }

    func sentence(around word: String, in text: String) throws -> String {
        let s = Array(text.unicodeScalars)
        let at = try #require(text.range(of: word))
        let start = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: at.lowerBound)
        let span = SourceSpan(start: start, end: start + word.unicodeScalars.count)
        let b = try #require(Sentences.bounds(of: span, in: s))
        return String(String.UnicodeScalarView(s[b]))
    }

    @Test func abbreviationsAndInitialsDoNotEndASentence() {
        #expect(
            sentences(
                "The U.S. plan and the U.N. view differ. Gen. Alexus Grynkewich came. Dr. J. R. Smith spoke. Mr. Buras agreed."
            )
                == [
                    "The U.S. plan and the U.N. view differ.", "Gen. Alexus Grynkewich came.", "Dr. J. R. Smith spoke.",
                    "Mr. Buras agreed.",
                ])
        #expect(
            sentences("A U.S.-led mechanism. About 3.5 km away.") == ["A U.S.-led mechanism.", "About 3.5 km away."])
    }

    @Test func aQuotationKeepsItsOpeningMarkAndItsInnerStops() throws {
        let text =
            "It drew scrutiny. “U.S. security guarantees would be the strongest anyone has ever seen,” Witkoff said, promising to “deter any attacks” and “defend.” Zelensky spoke."
        #expect(
            sentences(text) == [
                "It drew scrutiny.",
                "“U.S. security guarantees would be the strongest anyone has ever seen,” Witkoff said, promising to “deter any attacks” and “defend.”",
                "Zelensky spoke.",
            ])
        #expect(try sentence(around: "deter any attacks", in: text).hasPrefix("“U.S. security"))
        #expect(try sentence(around: "defend", in: text).hasSuffix("“defend.”"))
        #expect(sentences("He said: “One. Two.” Then he left.") == ["He said: “One. Two.”", "Then he left."])
    }

    @Test func lineBreaksEndSentencesAndQuestionsAndExclamationsToo() {
        #expect(
            sentences("A headline\n\nIs it? Yes! no doubt.\nEnd") == ["A headline", "Is it?", "Yes! no doubt.", "End"])
    }

    @Test func aWindowWithoutTheParagraphStartWidensWhenItCannotTell() {
        let s = Array("first part of a long sentence that goes on. Next one here.".unicodeScalars)
        // The window starts mid-sentence: the span's sentence is the window's first, possibly cut.
        #expect(Sentences.bounds(of: SourceSpan(start: 6, end: 10), in: s, startsParagraph: false) == nil)
        #expect(Sentences.bounds(of: SourceSpan(start: 45, end: 49), in: s, startsParagraph: false) == 44..<58)
        // A sentence running into the window's end may go on.
        #expect(Sentences.bounds(of: SourceSpan(start: 45, end: 49), in: Array(s.prefix(50)), endsText: false) == nil)
    }

    @Test func theWitkoffFragmentsShowTheirWholeSentence() throws {
        let index = DatasetIndex(try BundledDataset.load())
        for id in ["quote-witkoff-1", "quote-witkoff-2", "quote-witkoff-3"] {
            let quote = try #require(index.quote(id: id))
            let s = Array(index.dataset.source.text.unicodeScalars)
            let b = try #require(Sentences.bounds(of: quote.span, in: s))
            let text = String(String.UnicodeScalarView(s[b]))
            #expect(text.hasPrefix("“U.S. security guarantees would be the strongest"), "\(id): \(text)")
            #expect(text.hasSuffix("“defend.”"), "\(id): \(text)")
        }
    }
}
