import SummitModel

/// The CSV and TSV columns of a record: one set for every kind, so a quote has the same columns whether it comes
/// from `quotes`, `search` or `actor`, and results of several kinds fit one table. A kind leaves empty the columns
/// it has no value for. Documented in docs/output-formats.md.
enum RecordColumns {
    static let header = [
        "kind", "id", "paragraph", "title", "detail", "stance", "speaker", "actors", "pillars",
        "value", "upper", "unit", "when", "status", "start", "end", "source_text",
    ]

    /// One row: `title` and `detail` as lists show them; actors, pillars and speakers as ids joined by `;`;
    /// `source_text` is the article text under the record's span.
    static func row(_ entry: RecordEntry, index: DatasetIndex) -> [String] {
        let record = entry.record
        let summary = index.summary(of: record.ref)
        var stance = ""
        var value = ""
        var upper = ""
        var unit = ""
        var when = ""
        var status = ""
        switch record {
        case .actor(let actor): stance = actor.stance.value.rawValue
        case .figure(let figure):
            value = Figure.grouped(figure.value).replacingScalar(",", with: "")
            upper = figure.upper.map { Figure.grouped($0).replacingScalar(",", with: "") } ?? ""
            unit = figure.unit
        case .event(let event):
            when = event.when ?? ""
            status = event.status.rawValue
        default: break
        }
        let span = record.span
        return [
            record.kind.rawValue, record.id, String(entry.paragraph), summary?.title ?? "", summary?.detail ?? "",
            stance, record.value.speakerIDs(index).joined(separator: ";"),
            record.value.actorIDs(index).joined(separator: ";"),
            record.value.pillarIDs(index).joined(separator: ";"), value, upper, unit, when, status,
            span.map { String($0.start) } ?? "", span.map { String($0.end) } ?? "",
            span.map { index.sourceText($0) } ?? "",
        ]
    }

    /// The table of a list of entries.
    static func table(_ entries: [RecordEntry], index: DatasetIndex) -> DelimitedTable {
        var table = DelimitedTable(header: header)
        for entry in entries { table.append(row(entry, index: index)) }
        return table
    }
}
