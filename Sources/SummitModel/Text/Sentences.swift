/// Where the article's sentences are: the one splitter behind the explorer's "From the article" sentence and the
/// test that every sentence supports a record. Linear in the text.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes or brackets after it) followed by a space, a line
/// break or the end, unless the `.` ends an abbreviation (initials and dotted letters such as U.S., U.N., J. R.;
/// titles such as Gen., Dr., Mr.) or the next word starts in lower case. A sentence never ends inside an open
/// “quotation”, so a sentence holding one keeps its opening mark. A line break always ends a sentence.
public enum Sentences {
    /// Titles written with a dot that do not end a sentence.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "sen", "rep", "gov",
        "pres", "st", "jr", "sr", "vs", "no", "rev", "hon", "amb",
    ]

    /// Every sentence of `text` as a range of scalar offsets, in order, without surrounding spaces.
    public static func ranges(in text: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        scan(text, from: 0) {
            out.append($0)
            return true
        }
        return out
    }

    /// The sentence or sentences holding `span`, from a stretch of text `s` (offsets relative to it). `s` may be
    /// a window of a larger text: `startsParagraph` says its first scalar starts a paragraph, `endsText` that
    /// nothing follows it. Nil when the window is too small to tell: the caller widens it and asks again.
    public static func bounds(
        of span: SourceSpan, in s: [Unicode.Scalar], startsParagraph: Bool = true,
        endsText: Bool = true
    ) -> Range<Int>? {
        let n = s.count
        let start = max(0, min(span.start, n))
        let end = max(start, min(span.end, n))
        // Scan from the start of the span's paragraph, where no quotation is open; without one in the window, from
        // the window's start, whose first sentence may then be cut (a quotation opened more than the window
        // earlier is not seen: the price of not scanning a megabyte paragraph for each record).
        var from = start
        while from > 0, s[from - 1] != "\n" { from -= 1 }
        var firstIsWhole = from > 0 || startsParagraph
        var found: Range<Int>?
        var cut = false
        scan(s, from: from) { sentence in
            defer { firstIsWhole = true }
            if !firstIsWhole, sentence.upperBound > start {
                cut = true
                return false
            }
            // The sentences that overlap the span; for an empty span (or one in the spaces between two sentences)
            // the first that ends after its start.
            if sentence.upperBound > start, sentence.lowerBound < end || found == nil {
                found = found.map { $0.lowerBound..<sentence.upperBound } ?? sentence
            }
            return !(found != nil && sentence.upperBound >= end)
        }
        if cut { return nil }
        guard let found else { return endsText ? start..<end : nil }
        // A sentence running into the window's end may go on past it.
        return found.upperBound < n || endsText ? found : nil
    }

    /// Calls `emit` with each sentence from `from` (a paragraph start) on, until it returns false or the text ends.
    private static func scan(_ s: [Unicode.Scalar], from: Int, _ emit: (Range<Int>) -> Bool) {
        let n = s.count
        var i = from
        var start = from
        var depth = 0
        func skipSpaces(_ k: Int) -> Int {
            var k = k
            while k < n, s[k] == " " { k += 1 }
            return k
        }
        func close(_ end: Int) -> Bool {
            var e = end
            while e > start, s[e - 1] == " " { e -= 1 }
            return start < e ? emit(start..<e) : true
        }
        start = skipSpaces(start)
        while i < n {
            let c = s[i]
            switch c {
            case "\n":
                if !close(i) { return }
                depth = 0
                i += 1
                start = skipSpaces(i)
                continue
            case "“": depth += 1
            case "”": depth = max(0, depth - 1)
            case ".", "!", "?":
                var k = i + 1
                var d = depth
                while k < n, closers.contains(s[k]) {
                    if s[k] == "”" { d = max(0, d - 1) }
                    k += 1
                }
                let atBreak = k == n || s[k] == " " || s[k] == "\n"
                if atBreak, d == 0, !(c == "." && isAbbreviation(endingAt: i, in: s)), !nextWordIsLowercase(s, k) {
                    if !close(k) { return }
                    depth = 0
                    i = k
                    start = skipSpaces(k)
                    continue
                }
            default: break
            }
            i += 1
        }
        _ = close(n)
    }

    /// What may follow a sentence's stop and still belong to it.
    private static let closers: Set<Unicode.Scalar> = ["”", "\"", "’", ")", "]"]

    /// Whether the `.` at `i` ends initials, dotted letters (U.S., U.N.) or a title (Gen., Dr.).
    static func isAbbreviation(endingAt i: Int, in s: [Unicode.Scalar]) -> Bool {
        var j = i
        // Words longer than this are not abbreviations; the bound keeps the check constant-time.
        while j > 0, i - j < 16, s[j - 1].properties.isAlphabetic || s[j - 1] == "." { j -= 1 }
        guard j < i, j == 0 || !s[j - 1].properties.isAlphabetic else { return false }
        let word = String(String.UnicodeScalarView(s[j..<i]))
        let parts = word.split(separator: ".", omittingEmptySubsequences: false)
        if parts.allSatisfy({ $0.count == 1 && $0.first!.isUppercase }) { return true }
        return titles.contains(word.lowercased())
    }

    /// Whether the first word at or after `k` starts with a lower-case letter (then the stop before it ended no sentence).
    private static func nextWordIsLowercase(_ s: [Unicode.Scalar], _ k: Int) -> Bool {
        var k = k
        while k < s.count, s[k] == " " { k += 1 }
        return k < s.count && s[k].properties.isLowercase
    }
}
