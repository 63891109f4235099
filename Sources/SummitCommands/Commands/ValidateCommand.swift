import ArgumentParser
import SummitData
import SummitModel

struct ValidateCommand: ParsableCommand, FormattedCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a dataset file: prints ok and the counts per kind, or every problem and exits 65.",
        discussion: """
            Checks JSON syntax (with line and column), types, required fields, unique ids, references \
            between records, spans inside the text, verbatim quotations and the format version. Every \
            problem is printed as `path: message — fix`. Without FILE, checks the bundled dataset.

            EXAMPLES:
              summit validate
              summit validate my-dataset.json
              summit validate my-dataset.json --json | jq -r '.problems[] | .path'
              gunzip -c my-dataset.json.gz | summit validate -
            """
    )

    @Argument(
        help: ArgumentHelp(
            "The dataset file to check (default: the bundled dataset; - reads standard input).", valueName: "FILE"),
        completion: .file(extensions: ["json"]))
    var file: String?

    @OptionGroup var output: OutputOptions

    func validate() throws {
        if let file, let data = output.data, file != data {
            throw ValidationError("Give the file once: either `summit validate FILE` or `--data FILE`.")
        }
    }

    func run() throws {
        let path = file ?? output.data
        let origin = path ?? BundledDataset.origin
        let dataset: Dataset
        do throws(DatasetError) {
            // The bundled dataset's JSON itself, not the ready form built from it when summit was compiled.
            if let path {
                dataset = try DatasetSource.read(file: path)
            } else {
                dataset = try BundledDataset.loadFromJSON()
            }
        } catch {
            guard case .invalid(let file, let problems) = error else {
                throw DatasetSource.failure(for: error, viaDataFlag: file == nil)
            }
            // The problems are this command's result, so they go to stdout; the verdict goes to stderr.
            try report(ValidationDocument(file: file, problems: problems))
            throw CommandFailure(
                status: .badDataset,
                message: "summit: \(SafeName.quoted(file)) is not a valid dataset (\(DatasetSource.count(problems))).")
        }
        try report(ValidationDocument(file: origin, dataset: dataset))
    }

    private func report(_ result: ValidationDocument) throws {
        let format = output.chosenFormat
        switch format {
        case .json: return try Console.out(JSONOutput.encode(result))
        case .csv, .tsv:
            var table = DelimitedTable(header: result.valid ? ["kind", "records"] : ["path", "message", "fix"])
            if result.valid {
                for (kind, count) in sortedCounts(result) { table.append([kind, String(count)]) }
            } else {
                for problem in result.problems { table.append([problem.path, problem.message, problem.fix]) }
            }
            return try Console.out(table.text(format))
        case .plain: break
        }
        var page = PlainPage(console: output.console)
        if result.valid {
            page.paragraph(
                "\(result.file) \u{00B7} format version \(result.formatVersion ?? 0)", indent: 4,
                tone: .faint, lead: Segment("ok", .positive))
            let rows = sortedCounts(result).map { [Segment($0.key), Segment(String($0.value))] }
            page.table(header: ["KIND", "RECORDS"], rows: rows, flexible: 0)
        } else {
            for problem in result.problems {
                page.paragraph(
                    "\(problem.path): \(problem.message) \u{2014} \(problem.fix)", indent: 2,
                    lead: nil)
            }
        }
        try Console.out(page.text)
    }

    private func sortedCounts(_ result: ValidationDocument) -> [(key: String, value: Int)] {
        result.counts.sorted { order($0.key) < order($1.key) }
    }

    private func order(_ plural: String) -> Int {
        RecordKind.allCases.firstIndex { $0.plural == plural } ?? RecordKind.allCases.count
    }
}

/// `summit validate --json`.
struct ValidationDocument: Encodable {
    let command = "validate"
    let file: String
    let valid: Bool
    let formatVersion: Int?
    let counts: [String: Int]
    let problems: [Problem]

    struct Problem: Encodable {
        let path: String
        let message: String
        let fix: String
    }

    init(file: String, dataset: Dataset) {
        self.file = file
        valid = true
        formatVersion = dataset.formatVersion
        counts = Dictionary(uniqueKeysWithValues: dataset.counts.map { ($0.kind.plural, $0.count) })
        problems = []
    }

    init(file: String, problems: [DatasetProblem]) {
        self.file = file
        valid = false
        formatVersion = nil
        counts = [:]
        self.problems = problems.map { Problem(path: $0.path, message: $0.message, fix: $0.fix) }
    }

    func encode(to encoder: Encoder) throws {
        // Explicit so that `formatVersion` is null rather than missing: the shape stays the same either way.
        enum Key: String, CodingKey { case command, file, valid, formatVersion, counts, problems }
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(command, forKey: .command)
        try c.encode(file, forKey: .file)
        try c.encode(valid, forKey: .valid)
        try c.encode(formatVersion, forKey: .formatVersion)
        try c.encode(counts, forKey: .counts)
        try c.encode(problems, forKey: .problems)
    }
}
