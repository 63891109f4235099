// summit-bench: the performance run behind docs/performance.md (`./dev bench`, which builds everything it times).
//
//   summit-bench [--sizes N,N,…] [--runs N] [--quick] [--keep] [--summit PATH] [--hello PATH] [--write FILE]
//
// For each size it synthesizes a dataset once (SyntheticDataset), writes it as JSON and as one line per record,
// then, every run: loads and indexes it in-process, types a query in the explorer (UIBench), times the queries
// (BenchQuery) on that fresh index, runs the release summit as a child on the file (cold and cached), and the same
// queries through fzf and grep. Then start-up against less and a static "hello" (StartupBench). Prints Markdown
// tables (PerformanceReport), progress on standard error. Tests never assert on these numbers.

import Foundation

let options: BenchOptions
do {
    options = try BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
} catch let problem as BenchOptions.Problem {
    if problem.text == "help" {
        print(BenchOptions.usage)
        exit(0)
    }
    FileHandle.standardError.write(Data("\(problem)\n".utf8))
    exit(64)
}

if options.onlyKeys {
    KeysOnly.run(options)
    exit(0)
}

let folder = FileManager.default.temporaryDirectory.appendingPathComponent("summit-bench-\(getpid())").path
do {
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
} catch {
    FileHandle.standardError.write(Data("summit-bench: cannot create \(folder): \(error)\n".utf8))
    exit(73)
}

let loadAtStart = Harness.loadAverage()
var sizes: [SizeResult] = []
do {
    for records in options.sizes {
        sizes.append(try SizeBench(records: records, options: options, folder: folder).run())
    }
} catch {
    FileHandle.standardError.write(Data("summit-bench: \(error)\n".utf8))
    exit(1)
}
let startup = StartupBench(options: options, folder: folder).run()
if !options.keep { try? FileManager.default.removeItem(atPath: folder) } else { progress("kept \(folder)") }

let report = PerformanceReport(
    options: options, sizes: sizes, startup: startup,
    date: ISO8601DateFormatter().string(from: Date()), loadAtStart: loadAtStart, loadAtEnd: Harness.loadAverage(),
    machine: Harness.machine())
let markdown = report.markdown
print(markdown, terminator: "")

if let path = options.write {
    guard let document = try? String(contentsOfFile: path, encoding: .utf8),
        let updated = PerformanceReport.replacingGenerated(in: document, with: markdown)
    else {
        FileHandle.standardError.write(
            Data(
                "summit-bench: \(path) is unreadable or lacks the markers \(PerformanceReport.begin) … \(PerformanceReport.end): put them back around the generated part, then retry.\n"
                    .utf8))
        exit(65)
    }
    // Whole or not at all: a temporary file beside it, then rename.
    let temporary = path + ".tmp-\(getpid())"
    do {
        try updated.write(toFile: temporary, atomically: false, encoding: .utf8)
        guard rename(temporary, path) == 0 else { throw CocoaError(.fileWriteUnknown) }
        progress("wrote \(path)")
    } catch {
        unlink(temporary)
        FileHandle.standardError.write(Data("summit-bench: cannot write \(path): \(error)\n".utf8))
        exit(73)
    }
}
// Every row must have been measured: a failure is printed above and fails the run (CI's smoke run checks this).
if !(startup.failures + sizes.flatMap(\.failures)).isEmpty { exit(1) }
