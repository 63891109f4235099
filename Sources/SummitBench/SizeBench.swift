import Foundation
import SummitModel

/// Everything measured at one dataset size, over `runs` repetitions.
struct SizeResult {
    let records: Int
    var fileBytes = 0
    var linesBytes = 0
    var synthesize = 0.0
    /// In-process: `DatasetLoader.load` (read, parse, validate) and the `DatasetIndex` build.
    var load = Samples()
    var index = Samples()
    /// In-process search through the index, by query name; hits by query name.
    var searches: [String: Samples] = [:]
    var hits: [String: Int] = [:]
    /// Reduce + render per key of UIBench.typing, in order, and every key of every run together.
    var keys: [Samples] = UIBench.typing.map { _ in Samples() }
    var allKeys = Samples()
    var statusAfterQuery = ""
    /// The release binary as a child: `summit search RARE --data FILE`, with an empty cache folder, then again.
    var cold = Samples()
    var cached = Samples()
    var coldPeakMiB = Samples()
    var cachedPeakMiB = Samples()
    /// The explorer's first frame on the file, 120x40 (after the cached run, so with whatever cache it wrote).
    var explorerFrame = Samples()
    /// Tool name → query name → wall ms; and the lines each printed.
    var tools: [String: [String: Samples]] = [:]
    var toolHits: [String: [String: Int]] = [:]
    var failures: [String] = []
}

/// Generates one size's files once, then measures it `runs` times (see SizeResult).
struct SizeBench {
    let records: Int
    let options: BenchOptions
    let folder: String

    var json: String { "\(folder)/records-\(records).json" }
    var lines: String { "\(folder)/records-\(records).lines" }

    func run() throws -> SizeResult {
        var result = SizeResult(records: records)
        try generate(&result)
        for run in 1...options.runs {
            progress("\(records) records, run \(run)/\(options.runs): in-process load, index, keys, searches")
            try inProcess(&result)
            if let summit = options.summit {
                progress("\(records) records, run \(run)/\(options.runs): summit as a child, cold and cached")
                child(summit, run: run, &result)
            }
            progress("\(records) records, run \(run)/\(options.runs): fzf and grep")
            tools(&result)
        }
        if !options.keep {
            try? FileManager.default.removeItem(atPath: json)
            try? FileManager.default.removeItem(atPath: lines)
        }
        return result
    }

    /// Synthesizes the dataset, writes it as JSON and as one line per record (each record's JSON on one line).
    private func generate(_ result: inout SizeResult) throws {
        progress("\(records) records: synthesize, write JSON and one line per record")
        let (ms, dataset) = Stopwatch.measure { SyntheticDataset.make(records: records) }
        result.synthesize = ms
        let data = try JSONEncoder().encode(dataset)
        try data.write(to: URL(fileURLWithPath: json))
        result.fileBytes = data.count
        let encoder = JSONEncoder()
        var flat: [UInt8] = []
        func append<T: Encodable>(_ items: [T]) throws {
            for item in items {
                flat.append(contentsOf: try encoder.encode(item))
                flat.append(10)
            }
        }
        try append(dataset.pillars)
        try append(dataset.actors)
        try append(dataset.people)
        try append(dataset.quotes)
        try append(dataset.figures)
        try append(dataset.events)
        try append(dataset.questions)
        try append(dataset.notes)
        try Data(flat).write(to: URL(fileURLWithPath: lines))
        result.linesBytes = flat.count
    }

    /// Load and index from the file, the typing session, then each query once on the fresh index (each run
    /// builds its own index, so no query finds another's kept results).
    private func inProcess(_ result: inout SizeResult) throws {
        let (loadMs, dataset) = try Stopwatch.measure { try DatasetLoader.load(contentsOf: json) }
        result.load.add(loadMs)
        let (indexMs, index) = Stopwatch.measure { DatasetIndex(dataset) }
        result.index.add(indexMs)
        let typing = UIBench.run(index)
        for (position, ms) in typing.milliseconds.enumerated() {
            result.keys[position].add(ms)
            result.allKeys.add(ms)
        }
        result.statusAfterQuery = typing.statusAfterQuery
        for query in BenchQuery.all {
            let (ms, hits) = Stopwatch.measure { index.search(query.text) }
            result.searches[query.name, default: Samples()].add(ms)
            result.hits[query.name] = hits.count
        }
    }

    /// The release binary on the file: cold (empty cache folder), cached (same folder again), then the
    /// explorer's first frame. Peak RSS through GNU time (see `ChildProcess`).
    private func child(_ summit: String, run: Int, _ result: inout SizeResult) {
        let environment = Harness.isolated(folder, cache: "cache-\(records)-\(run)")
        var search = ChildProcess(
            arguments: [summit, "search", SyntheticDataset.rareWord, "--data", json], environment: environment,
            output: "\(folder)/summit.out")
        if access(ChildProcess.time, X_OK) == 0 {
            search.peakByTime = "\(folder)/summit.peak"
        } else {
            result.failures.append("no \(ChildProcess.time): peak RSS is wait4's, which counts the bench's own peak")
        }
        for cold in [true, false] {
            do {
                let outcome = try search.run()
                guard outcome.status == 0 else {
                    result.failures.append("summit search at \(records) records exited with \(outcome.status)")
                    continue
                }
                if cold {
                    result.cold.add(outcome.milliseconds)
                    result.coldPeakMiB.add(Double(outcome.peakKiB) / 1024)
                } else {
                    result.cached.add(outcome.milliseconds)
                    result.cachedPeakMiB.add(Double(outcome.peakKiB) / 1024)
                }
            } catch {
                result.failures.append("\(error)")
            }
        }
        do {
            var frame = FirstFrame(arguments: [summit, "--data", json], environment: environment)
            frame.marks = FirstFrame.explorerMarks
            if options.keep { frame.transcript = "\(folder)/first-frame-\(records).out" }
            let outcome = try frame.run()
            result.explorerFrame.add(outcome.milliseconds)
            if !outcome.marked {
                result.failures.append("explorer at \(records) records: no full screen seen, timed to its first burst")
            }
        } catch {
            result.failures.append("explorer at \(records) records: \(error)")
        }
    }

    /// Each query through each tool over the one-line-per-record file; wall time and lines printed.
    private func tools(_ result: inout SizeResult) {
        let output = "\(folder)/tool.out"
        for tool in BenchTool.all {
            for query in BenchQuery.all {
                let process = ChildProcess(
                    arguments: tool.command(query.text, lines), environment: ["LC_ALL": "C.UTF-8"], output: output,
                    input: lines)
                do {
                    let outcome = try process.run()
                    // grep exits 1 when nothing matches; anything else is a failure.
                    guard outcome.status <= 1 else {
                        result.failures.append("\(tool.name) '\(query.text)' exited with \(outcome.status)")
                        continue
                    }
                    result.tools[tool.name, default: [:]][query.name, default: Samples()].add(outcome.milliseconds)
                    result.toolHits[tool.name, default: [:]][query.name] = Harness.countLines(output)
                } catch {
                    result.failures.append("\(tool.name): \(error)")
                }
            }
        }
        try? FileManager.default.removeItem(atPath: output)
    }
}

/// A progress line on standard error (the tables go to standard output).
func progress(_ text: String) {
    FileHandle.standardError.write(Data("summit-bench: \(text)\n".utf8))
}
