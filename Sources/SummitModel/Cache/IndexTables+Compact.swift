/// How the dataset cache stores `IndexTables`, and checks what it read back.
extension IndexTables {
    /// Whether every position the tables hold names a record of `dataset`, so a damaged cache can never make a
    /// lookup index past an array.
    func fit(_ dataset: Dataset) -> Bool {
        func within(_ table: [String: [Int]], _ count: Int) -> Bool {
            table.values.allSatisfy { list in list.allSatisfy { $0 >= 0 && $0 < count } }
        }
        let quotes = dataset.quotes.count
        let actors = dataset.actors.count
        return within(quotesOnActor, quotes) && within(quotesOnPillar, quotes) && within(quotesBySpeaker, quotes)
            && within(actorsOnPillar, actors) && within(pillarsOfActor, dataset.pillars.count)
            && within(peopleOfActor, dataset.people.count) && within(figuresOfActor, dataset.figures.count)
            && within(eventsOfActor, dataset.events.count) && within(questionsOnActor, dataset.questions.count)
            && within(questionsOnPillar, dataset.questions.count) && within(notesAbout, dataset.notes.count)
            && names.fit(dataset)
    }
}

extension IndexTables: CompactValue {
    func write(to writer: inout CompactWriter) {
        writer.write(actorOfPerson)
        for table in [
            quotesOnActor, quotesOnPillar, quotesBySpeaker, actorsOnPillar, pillarsOfActor, peopleOfActor,
            figuresOfActor, eventsOfActor, questionsOnActor, questionsOnPillar, notesAbout,
        ] {
            writer.write(table)
        }
        writer.write(names)
    }

    init(reading reader: inout CompactReader) throws(CompactFormatError) {
        actorOfPerson = try reader.read()
        quotesOnActor = try reader.read()
        quotesOnPillar = try reader.read()
        quotesBySpeaker = try reader.read()
        actorsOnPillar = try reader.read()
        pillarsOfActor = try reader.read()
        peopleOfActor = try reader.read()
        figuresOfActor = try reader.read()
        eventsOfActor = try reader.read()
        questionsOnActor = try reader.read()
        questionsOnPillar = try reader.read()
        notesAbout = try reader.read()
        names = try reader.read()
    }
}

extension NameKeys: CompactValue {
    func write(to writer: inout CompactWriter) {
        writer.write(records)
        writer.write(stances)
        writer.write(kinds)
    }

    init(reading reader: inout CompactReader) throws(CompactFormatError) {
        records = try reader.read()
        stances = try reader.read()
        kinds = try reader.read()
        guard records.count == RecordKind.allCases.count else { throw CompactFormatError(what: "a name table short") }
    }

    /// Whether every owner names a record of its kind (or a stance, or a kind).
    func fit(_ dataset: Dataset) -> Bool {
        zip(records, dataset.counts).allSatisfy { $0.fit($1.count) } && stances.fit(StanceValue.allCases.count)
            && kinds.fit(RecordKind.allCases.count)
    }
}

extension NameKeys.Table: CompactValue {
    func write(to writer: inout CompactWriter) {
        writer.write(exact)
        writer.varint(UInt64(candidates.count))
        for candidate in candidates {
            writer.varint(UInt64(candidate.scalars.count))
            for scalar in candidate.scalars { writer.varint(UInt64(scalar.value)) }
            writer.write(candidate.owner)
            writer.byte(candidate.isWord ? 1 : 0)
        }
    }

    init(reading reader: inout CompactReader) throws(CompactFormatError) {
        self.init()
        exact = try reader.read()
        let count = try reader.count()
        candidates.reserveCapacity(count)
        for _ in 0..<count {
            let length = try reader.count()
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(length)
            for _ in 0..<length {
                guard let scalar = Unicode.Scalar(UInt32(truncatingIfNeeded: try reader.varint())) else {
                    throw CompactFormatError(what: "a name that is not text")
                }
                scalars.append(scalar)
            }
            candidates.append((scalars, try reader.read(), try reader.flag()))
        }
    }

    func fit(_ owners: Int) -> Bool {
        exact.values.allSatisfy { $0.allSatisfy { $0 >= 0 && $0 < owners } }
            && candidates.allSatisfy { $0.owner >= 0 && $0.owner < owners }
    }
}
