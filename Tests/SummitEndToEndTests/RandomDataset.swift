import Foundation

@testable import summit_bench

/// A random dataset that follows every rule of docs/dataset-format.md, as JSON text, from a seed.
///
/// Written as text, not through JSONSerialization, so number literals are exactly the ones chosen. It reaches for
/// the edges the format allows: empty kinds, absent optional fields, the largest and smallest numbers, empty
/// spans at the end of the text, wide, combining, emoji and control characters, references in any order.
struct RandomDataset {
    let seed: UInt64
    private var random: SplitMix

    /// The benchmark's seeded generator (SplitMix64): a failing seed printed by a test replays exactly.
    typealias SplitMix = SyntheticDataset.Generator

    init(seed: UInt64) {
        self.seed = seed
        random = SplitMix(state: seed)
    }

    static let words = [
        "troops", "ceasefire", "Türkiye", "RTÉ", "Łódź", "won’t", "“quoted”", "日本語", "🇺🇦", "👩‍👩‍👧", "e\u{301}\u{302}\u{303}",
        "Ελλάδα", "العربية", "\u{1B}[31m", "\u{9B}2J", "\u{202E}rtl", "tab\there", "\u{7}", "x\u{200D}y", "50,000",
        "a", "of", "the", "-", "—", "\u{2028}", "ﷺ", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
    ]
    static let largest = 9_007_199_254_740_991

    /// The JSON text.
    mutating func json() -> String {
        var random = self.random
        defer { self.random = random }
        var text = ""
        var wordSpans: [(start: Int, end: Int)] = []
        var offset = 0
        for k in 0..<(1 + random.below(200)) {
            let separator = k == 0 ? "" : random.pick([" ", " ", " ", "\n", "\n\n", ", "])
            text += separator
            offset += separator.unicodeScalars.count
            let word = random.pick(Self.words)
            text += word
            wordSpans.append((offset, offset + word.unicodeScalars.count))
            offset += word.unicodeScalars.count
        }
        let scalars = Array(text.unicodeScalars)
        func slice(_ start: Int, _ end: Int) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            return String(view)
        }
        // Any span at all (empty ones too, and at the very end), with or without an excerpt.
        func span(_ r: inout SplitMix) -> JSON {
            let start = r.below(scalars.count + 1)
            let end = start + r.below(scalars.count - start + 1)
            var fields: [(String, JSON)] = [("start", .int(start)), ("end", .int(end))]
            if r.chance(70) { fields.append(("excerpt", .string(slice(start, end)))) }
            return .object(fields)
        }
        /// A span over whole words (so its text is never blank) and that text, for quotations and clauses.
        func verbatim(_ r: inout SplitMix) -> (span: JSON, text: String)? {
            let candidates = wordSpans.indices.filter {
                !slice(wordSpans[$0].start, wordSpans[$0].end).unicodeScalars
                    .allSatisfy(\.properties.isWhitespace)
            }
            guard let first = candidates.isEmpty ? nil : r.pick(candidates) else { return nil }
            let last = min(wordSpans.count - 1, first + r.below(6))
            let (start, end) = (wordSpans[first].start, wordSpans[last].end)
            return (
                .object([("start", .int(start)), ("end", .int(end)), ("excerpt", .string(slice(start, end)))]),
                slice(start, end)
            )
        }
        func phrase(_ r: inout SplitMix) -> String {
            "W" + (0..<(1 + r.below(4))).map { _ in r.pick(Self.words) }.joined(separator: " ")
        }
        func optional(_ r: inout SplitMix, _ key: String, _ value: JSON) -> [(String, JSON)] {
            r.chance(50) ? [(key, value)] : []
        }
        func references(_ r: inout SplitMix, _ pool: [String]) -> JSON {
            .array(pool.isEmpty ? [] : (0..<r.below(4)).map { _ in .string(r.pick(pool)) })
        }
        var serial = 0
        func id(_ r: inout SplitMix, _ kind: String) -> String {
            serial += 1
            return r.chance(20) ? "\(r.pick(Self.words))-\(serial)" : "\(kind)-\(serial)"
        }

        let pillarIDs = (0..<random.below(7)).map { _ in id(&random, "pillar") }
        let actorIDs = (0..<random.below(12)).map { _ in id(&random, "actor") }
        let personIDs = (0..<random.below(8)).map { _ in id(&random, "person") }
        var numbers = Array(1...max(1, pillarIDs.count)).prefix(pillarIDs.count).map { $0 }
        for i in numbers.indices.reversed() { numbers.swapAt(i, random.below(i + 1)) }

        var pillars: [JSON] = []
        for (i, pid) in pillarIDs.enumerated() {
            guard let clause = verbatim(&random) else { break }
            pillars.append(
                .object(
                    [
                        ("id", .string(pid)), ("number", .int(numbers[i])), ("title", .string(phrase(&random))),
                        ("text", .string(clause.text)), ("span", clause.span),
                    ]
                        + optional(&random, "note", .string(phrase(&random)))))
        }
        let keptPillars = Array(pillarIDs.prefix(pillars.count))
        if keptPillars.count < pillarIDs.count { pillars = [] }  // numbers must run 1…n with no gap
        let usablePillars = keptPillars.count == pillarIDs.count ? pillarIDs : []

        let actors: [JSON] = actorIDs.map { aid in
            let roles: [JSON] = (0..<random.below(3)).map { _ in
                .object([
                    ("text", .string(phrase(&random))), ("span", span(&random)),
                    ("pillars", references(&random, usablePillars)),
                ])
            }
            let stance: [(String, JSON)] =
                [
                    (
                        "value",
                        .string(
                            random.pick([
                                "plans-presence", "open", "conditional", "supports-concept",
                                "rules-out", "opposes", "host", "unclear", "not-applicable",
                            ]))
                    ),
                    ("basis", span(&random)),
                ] + optional(&random, "note", .string(phrase(&random)))
            return .object([
                ("id", .string(aid)), ("name", .string(phrase(&random))),
                ("kind", .string(random.pick(["country", "coalition", "organisation"]))),
                ("aliases", .array((0..<random.below(4)).map { _ in .string(phrase(&random)) })),
                ("stance", .object(stance)), ("roles", .array(roles)), ("span", span(&random)),
            ])
        }
        let people: [JSON] = personIDs.map { pid in
            .object(
                [("id", .string(pid)), ("name", .string(phrase(&random))), ("span", span(&random))]
                    + optional(&random, "role", .string(phrase(&random)))
                    + optional(&random, "organisation", .string(phrase(&random)))
                    + (actorIDs.isEmpty ? [] : optional(&random, "actor", .string(random.pick(actorIDs)))))
        }
        var quotes: [JSON] = []
        for _ in 0..<random.below(15) {
            guard let quoted = verbatim(&random) else { break }
            quotes.append(
                .object(
                    [
                        ("id", .string(id(&random, "quote"))), ("text", .string(quoted.text)), ("span", quoted.span),
                        ("attribution", .string(phrase(&random))), ("pillars", references(&random, usablePillars)),
                        ("actors", references(&random, actorIDs)),
                    ]
                        + (personIDs.isEmpty ? [] : optional(&random, "speaker", .string(random.pick(personIDs))))
                        + optional(&random, "passage", .string(phrase(&random)))
                        + optional(&random, "venue", .string(phrase(&random)))
                        + optional(&random, "note", .string(phrase(&random)))))
        }
        let figures: [JSON] = (0..<random.below(10)).map { _ in
            let (value, upper) = Self.amount(&random)
            return .object(
                [
                    ("id", .string(id(&random, "figure"))), ("label", .string(phrase(&random))), ("value", value),
                    ("unit", .string(phrase(&random))), ("span", span(&random)),
                ]
                    + (upper.map { [("upper", $0)] } ?? [])
                    + optional(&random, "qualifier", .string(phrase(&random)))
                    + (actorIDs.isEmpty ? [] : optional(&random, "actor", .string(random.pick(actorIDs))))
                    + optional(&random, "note", .string(phrase(&random))))
        }
        let events: [JSON] = (0..<random.below(8)).map { _ in
            let claim = !actorIDs.isEmpty && random.chance(50)
            var fields: [(String, JSON)] = [
                ("id", .string(id(&random, "event"))), ("summary", .string(phrase(&random))),
                ("actors", references(&random, actorIDs)), ("status", .string(claim ? "claim" : "reported")),
                ("span", span(&random)),
            ]
            fields += optional(&random, "when", .string(phrase(&random)))
            if claim {
                fields.append(("claimedBy", .string(random.pick(actorIDs))))
                fields.append(
                    (
                        "disputes",
                        .array(
                            (0..<random.below(3)).map { _ in
                                .object([
                                    ("by", .string(random.pick(actorIDs))), ("text", .string(phrase(&random))),
                                    ("span", span(&random)),
                                ])
                            })
                    ))
            } else {
                fields.append(("disputes", .array([])))
            }
            return .object(fields)
        }
        let questions: [JSON] = (0..<random.below(6)).map { _ in
            .object([
                ("id", .string(id(&random, "question"))), ("text", .string(phrase(&random) + "?")),
                ("span", span(&random)),
                ("pillars", references(&random, usablePillars)), ("actors", references(&random, actorIDs)),
            ])
        }
        let quoteIDs = quotes.compactMap {
            if case .object(let f) = $0, case .string(let s) = f[0].1 { s } else { nil }
        }
        let everyID = usablePillars + actorIDs + personIDs + quoteIDs
        let notes: [JSON] = (0..<random.below(6)).map { _ in
            .object(
                [
                    ("id", .string(id(&random, "note"))), ("text", .string(phrase(&random))),
                    ("about", references(&random, everyID)),
                ]
                    + optional(&random, "span", span(&random)))
        }
        let source: [(String, JSON)] =
            [
                ("title", .string(phrase(&random))), ("author", .string(phrase(&random))),
                ("outlet", .string(phrase(&random))), ("text", .string(text)),
            ]
            + optional(&random, "standfirst", .string(phrase(&random)))
            + optional(&random, "credit", .string(phrase(&random)))
        let root = JSON.object([
            ("formatVersion", .int(1)), ("title", .string(phrase(&random))), ("source", .object(source)),
            ("pillars", .array(pillars)), ("actors", .array(actors)), ("people", .array(people)),
            ("quotes", .array(quotes)),
            ("figures", .array(figures)), ("events", .array(events)), ("questions", .array(questions)),
            ("notes", .array(notes)),
        ])
        return root.text
    }

    /// A figure's value and optional upper bound, anywhere in the allowed range: whole numbers up to ±(2^53 − 1)
    /// (the ends included), decimals of up to 15 significant digits, zero.
    private static func amount(_ r: inout SplitMix) -> (JSON, JSON?) {
        switch r.below(5) {
        case 0:
            let ends = [largest, -largest, 0, 1, -1, largest - 1]
            let value = r.pick(ends)
            return (.int(value), r.chance(50) ? .int(largest) : nil)
        case 1:
            let value = Int(r.next() % UInt64(2 * largest + 1)) - largest
            let upper = value + Int(r.next() % UInt64(largest - max(value, 0) + 1))
            return (.int(value), r.chance(50) ? .int(upper) : nil)
        case 2:
            // Millionths: a decimal such as 12.000345, at most 15 significant digits.
            let millionths = Int(r.next() % 999_999_999_999_999) - 499_999_999_999_999
            let upper = millionths + r.below(1_000_000)
            return (.literal(decimal(millionths)), r.chance(50) ? .literal(decimal(upper)) : nil)
        case 3:
            return (
                .literal(
                    r.pick(["0.000001", "-0.000001", "1e3", "2.5E-3", "123456789012345", "1.00000000000000e2", "-0"])),
                nil
            )
        default:
            return (.int(r.below(100_000)), nil)
        }
    }

    /// `millionths` / 10^6 written exactly, e.g. -12.000345.
    static func decimal(_ millionths: Int) -> String {
        let sign = millionths < 0 ? "-" : ""
        let magnitude = millionths.magnitude
        let fraction = String(magnitude % 1_000_000)
        return sign + String(magnitude / 1_000_000) + "." + String(repeating: "0", count: 6 - fraction.count) + fraction
    }

    /// Just enough JSON to write the dataset with the literals chosen.
    indirect enum JSON {
        case object([(String, JSON)])
        case array([JSON])
        case string(String)
        case int(Int)
        case literal(String)

        var text: String {
            switch self {
            case .object(let fields):
                "{" + fields.map { Self.quoted($0.0) + ":" + $0.1.text }.joined(separator: ",") + "}"
            case .array(let values): "[" + values.map(\.text).joined(separator: ",") + "]"
            case .string(let value): Self.quoted(value)
            case .int(let value): String(value)
            case .literal(let value): value
            }
        }

        static func quoted(_ value: String) -> String {
            var out = "\""
            for scalar in value.unicodeScalars {
                switch scalar {
                case "\"": out += "\\\""
                case "\\": out += "\\\\"
                case _ where scalar.value < 0x20:
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                default: out.unicodeScalars.append(scalar)
                }
            }
            return out + "\""
        }
    }
}

extension SyntheticDataset.Generator {
    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
    mutating func pick<T>(_ values: [T]) -> T { values[below(values.count)] }
}
