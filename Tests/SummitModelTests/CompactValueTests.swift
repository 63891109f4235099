import Testing

@testable import SummitModel

/// Every record kind's hand-written compact form (`CompactValue`) gives back the very record it was given, with
/// every field set and with every optional field empty, and a record cut short or damaged is refused, never read
/// wrongly or crashed on. The dataset cache relies on both (DatasetCacheTests covers the file around them).
@Suite struct CompactValueTests {
    /// Text the bytes of which go past one byte per character and past the 15 bytes Swift keeps inline.
    static let texts = [
        "", "a", "Łódź", "won’t", "RTÉ News, 12 € — “quoted” 😀", String(repeating: "Zürich ", count: 40),
    ]

    static func span(_ n: Int, excerpt: String? = "Türkiye’s navy") -> SourceSpan {
        SourceSpan(start: n, end: n + 17, excerpt: excerpt)
    }

    /// Each kind with every optional field set and arrays of several elements, then with every optional nil and
    /// every array empty.
    static let full: [any Record] = [
        Pillar(id: "pillar-1", number: 1, title: texts[2], text: texts[4], span: span(0), note: texts[5]),
        Pillar(id: "p", number: -7, title: "", text: "", span: span(3, excerpt: nil), note: nil),
        Actor(
            id: "actor-tr", name: "Türkiye", kind: .country, aliases: ["Turkey", texts[4], ""],
            stance: Stance(value: .conditional, basis: span(9), note: texts[3]),
            roles: [
                Role(text: texts[5], span: span(40), pillars: ["pillar-1", "pillar-2"]),
                Role(text: "", span: span(2, excerpt: nil)),
            ], span: span(1)),
        Actor(
            id: "a", name: "", kind: .organisation, aliases: [],
            stance: Stance(value: .notApplicable, basis: span(0, excerpt: nil)), roles: [], span: span(1)),
        Person(
            id: "person-1", name: texts[2], role: texts[3], organisation: texts[4], actor: "actor-pl", span: span(5)),
        Person(id: "person-2", name: "X", role: nil, organisation: nil, actor: nil, span: span(6, excerpt: nil)),
        Quote(
            id: "quote-1", text: texts[5], span: span(100), speaker: "person-1", attribution: texts[4],
            passage: "passage-1", venue: "RTÉ News", pillars: ["pillar-1"], actors: ["actor-tr", "actor-pl"],
            note: texts[3]),
        Quote(id: "quote-2", text: "", span: span(0, excerpt: nil), speaker: nil, attribution: ""),
        Figure(
            id: "figure-1", label: texts[4], value: 50_000, upper: 100_000.5, unit: "troops", qualifier: "about",
            actor: "actor-tr", span: span(7), note: texts[5]),
        Figure(id: "figure-2", label: "", value: -0.0, unit: "", span: span(8, excerpt: nil)),
        Figure(id: "figure-3", label: "x", value: .infinity, upper: -1e300, unit: "%", span: span(9)),
        Event(
            id: "event-1", summary: texts[5], when: "late December", actors: ["actor-tr"], status: .claim,
            claimedBy: "actor-ru",
            disputes: [
                Dispute(by: "actor-ua", text: texts[4], span: span(12)), Dispute(by: "", text: "", span: span(1)),
            ],
            span: span(11)),
        Event(id: "event-2", summary: "", when: nil, actors: [], status: .reported, span: span(0, excerpt: nil)),
        Question(id: "question-1", text: texts[4], span: span(13), pillars: ["pillar-2"], actors: ["actor-tr"]),
        Question(id: "question-2", text: "", span: span(14, excerpt: nil)),
        Note(id: "note-1", text: texts[5], about: ["quote-1", "actor-tr"], span: span(15)),
        Note(id: "note-2", text: "", about: [], span: nil),
    ]

    @Test func everyKindComesBackEqual() throws {
        #expect(Set(Self.full.map { type(of: $0).kind }) == Set(RecordKind.allCases), "every kind is tried")
        for record in Self.full {
            let bytes = Self.encoded(record)
            #expect(try Self.decoded(bytes, as: record) == record.anyRecord, "\(record.id)")
        }
    }

    /// Doubles bit for bit: -0 stays negative (== alone would not tell).
    @Test func doublesKeepTheirBits() throws {
        for value in [-0.0, 0.0, .infinity, -.infinity, .nan, .leastNonzeroMagnitude, 1e300, -123.25] {
            #expect(try Self.roundTrip(value).bitPattern == value.bitPattern)
        }
    }

    @Test func integersAtTheirLimitsComeBack() throws {
        for value in [0, 1, -1, 63, -64, 64, 127, 128, Int.max, Int.min, Int(Int32.max) + 1] {
            #expect(try Self.roundTrip(value) == value)
        }
    }

    /// Every cut of every record's bytes throws: a record is never read from part of its bytes.
    @Test func everyTruncationIsRefused() {
        for record in Self.full {
            let bytes = Self.encoded(record)
            for cut in 0..<bytes.count {
                #expect(throws: CompactFormatError.self, "\(record.id) cut at \(cut)") {
                    try Self.decoded(Array(bytes[0..<cut]), as: record)
                }
            }
        }
    }

    /// Counts and lengths past the data, overlong numbers, flags and cases out of range throw rather than allocate
    /// or trap.
    @Test func damagedBytesAreRefused() {
        let cases: [(String, [UInt8])] = [
            ("a string longer than the data", [0xFF, 0xFF, 0xFF, 0x7F, 0x61]),
            ("an overlong number", [UInt8](repeating: 0xFF, count: 12)),
            ("an array count past the data", [0x02, 0x61, 0x61, 0x00, 0xFF, 0x03]),
        ]
        for (what, bytes) in cases {
            #expect(throws: CompactFormatError.self, "\(what)") { try Self.decoded(bytes, as: Self.full[16]) }
        }
        var flag = Self.encoded(Self.full[0])
        // Pillar: id, number, title, text, span (start, end, excerpt flag…), note flag last but one field.
        let noteFlag = flag.count - 1 - Self.texts[5].utf8.count - 2
        #expect(flag[noteFlag] == 1)
        flag[noteFlag] = 2
        #expect(throws: CompactFormatError.self) { try Self.decoded(flag, as: Self.full[0]) }
        var kind = Self.encoded(Self.full[3])
        // Actor "a": id, empty name, then the kind's byte.
        #expect(kind[3] == 2)
        kind[3] = UInt8(ActorKind.allCases.count)
        #expect(throws: CompactFormatError.self) { try Self.decoded(kind, as: Self.full[3]) }
    }

    /// Written and read back, every byte used.
    static func roundTrip<T: CompactValue>(_ value: T) throws -> T {
        var writer = CompactWriter()
        writer.write(value)
        return try writer.bytes.withUnsafeBytes { raw in
            var reader = CompactReader(raw)
            let back = try reader.read(T.self)
            guard reader.isAtEnd else { throw CompactFormatError(what: "bytes left over") }
            return back
        }
    }

    static func encoded(_ record: some Record) -> [UInt8] {
        var writer = CompactWriter()
        writer.write(record)
        return writer.bytes
    }

    /// Reads `bytes` as a record of `record`'s kind, requiring every byte to be used.
    static func decoded<R: Record>(_ bytes: [UInt8], as record: R) throws -> AnyRecord {
        try bytes.withUnsafeBytes { raw in
            var reader = CompactReader(raw)
            let value = try reader.read(R.self)
            guard reader.isAtEnd else { throw CompactFormatError(what: "bytes left over") }
            return value.anyRecord
        }
    }
}
