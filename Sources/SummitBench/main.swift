// summit-bench: times the dataset loader and the query engine on a large synthetic dataset.
//
//   summit-bench [RECORDS] [--keep] [--no-load] [--ui-only]
//
// Synthesizes RECORDS records (default 1,000,000) spread over all kinds, with a source text they are really
// drawn from (spans inside it, quotations verbatim), writes it as JSON to a temporary file, then times
// loading, indexing and representative queries, then the explorer's reduce + render per keystroke (UIBench).
// Prints a table in milliseconds. No assertions.

import Foundation
import SummitModel

var arguments = CommandLine.arguments.dropFirst()
let keep = arguments.contains("--keep")
let skipLoad = arguments.contains("--no-load")
let uiOnly = arguments.contains("--ui-only")
arguments.removeAll { $0 == "--keep" || $0 == "--no-load" || $0 == "--ui-only" }
if arguments.contains("-h") || arguments.contains("--help") {
    print(
        "usage: summit-bench [RECORDS] [--keep] [--no-load] [--ui-only]\n  default 1000000 records; --keep leaves the JSON file; --no-load skips JSON encoding and loading;\n  --ui-only times only the explorer's keystrokes (no query table)"
    )
    exit(0)
}
let total = arguments.first.flatMap { Int($0.replacingOccurrences(of: "_", with: "")) } ?? 1_000_000
guard total >= 20 else {
    FileHandle.standardError.write(Data("summit-bench: give at least 20 records\n".utf8))
    exit(64)
}

var rows: [(what: String, ms: Double, note: String)] = []

@MainActor @discardableResult
func time<T>(_ what: String, note: (T) -> String = { _ in "" }, _ body: () throws -> T) rethrows -> T {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = try body()
    let ms = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
    rows.append((what, ms, note(result)))
    FileHandle.standardError.write(Data((padded(what, 46) + String(format: "%12.1f ms\n", ms)).utf8))
    return result
}

let dataset = time(
    "synthesize \(total) records",
    note: { (d: Dataset) in
        d.counts.map { "\($0.count) \($0.kind.plural)" }.joined(separator: ", ")
    }
) { SyntheticDataset.make(records: total) }

var loaded: Dataset?
let file = FileManager.default.temporaryDirectory.appendingPathComponent("summit-bench-\(getpid()).json")
if !skipLoad {
    let json = try time("JSON encode", note: { (data: Data) in "\(data.count / 1_048_576) MiB (\(data.count) bytes)" })
    {
        try JSONEncoder().encode(dataset)
    }
    try json.write(to: file)

    loaded = time(
        "DatasetLoader.load(contentsOf:)",
        note: { (d: Dataset?) in
            d == nil ? "FAILED (see below); timing the in-memory dataset instead" : "ok"
        }
    ) {
        do {
            return try DatasetLoader.load(contentsOf: file.path)
        } catch let error as DatasetError {
            switch error {
            case .unreadable(_, let reason): print("load failed: \(reason)")
            case .invalid(_, let problems):
                print("load failed with \(problems.count) problem(s); first: \(problems.prefix(3).map(\.description))")
            }
            return nil
        } catch {
            print("load failed: \(error)")
            return nil
        }
    }
    // The dataset cache (DECISIONS 54): the first load validates the file and writes the cache, the second reads it.
    let cacheDirectory = FileManager.default.temporaryDirectory.appendingPathComponent("summit-bench-cache-\(getpid())")
    let cache = DatasetCache(directory: cacheDirectory.path, build: "bench")
    for what in ["loadIndex, no cache (load, index, write cache)", "loadIndex from the cache"] {
        time(
            what,
            note: { (loaded: LoadedIndex?) in loaded.map { $0.fromCache ? "from cache" : "from JSON" } ?? "FAILED" }
        ) {
            try? DatasetLoader.loadIndex(contentsOf: file.path, cache: cache)
        }
    }
    try? FileManager.default.removeItem(at: cacheDirectory)
    if !keep { try? FileManager.default.removeItem(at: file) }
}

let index = time("DatasetIndex build") { DatasetIndex(loaded ?? dataset) }
print(
    "search text \(index.searchMemory.text / 1_048_576) MiB, trigram index \(index.searchMemory.trigrams / 1_048_576) MiB"
)

if !uiOnly {
    let searches = [
        "troops", "ceasefire", "turkiye", "TÜRKIYE", "rte", "lodz", "won't", "won’t",
        "ceasefire monitoring", "poland troops", "united kingdom", "naval force black",
        "actor-4242", "kyiv", "e", "presence after", "30,000", "zurich reassurance",
        "xylophone", "",
    ]
    for query in searches {
        time("search \"\(query)\"", note: { (hits: [SearchHit]) in "\(hits.count) hits" }) { index.search(query) }
    }
    let someActor = index.dataset.actors[index.dataset.actors.count / 2].id
    let somePillar = index.dataset.pillars[0].id
    time("search \"troops\" + facets kind/actor", note: { (hits: [SearchHit]) in "\(hits.count) hits" }) {
        index.search("troops", facets: Facets(kinds: [.quote], actors: [someActor]))
    }
    time("search \"\" + facets pillar/stance", note: { (hits: [SearchHit]) in "\(hits.count) hits" }) {
        index.search("", facets: Facets(pillars: [somePillar], stances: [.rulesOut, .open]))
    }
    time("filter(allRefs, \"ceasefire\", speaker facet)", note: { (refs: [RecordRef]) in "\(refs.count) kept" }) {
        index.filter(index.allRefs, query: "ceasefire", facets: Facets(speakers: [index.dataset.people[7].id]))
    }
    time("linked(to: actor)", note: { (refs: Set<RecordRef>) in "\(refs.count) linked" }) {
        index.linked(to: RecordRef(kind: .actor, id: someActor))
    }
    time("linked(to: pillar)", note: { (refs: Set<RecordRef>) in "\(refs.count) linked" }) {
        index.linked(to: RecordRef(kind: .pillar, id: somePillar))
    }
    time("records(supportedBy:) ×1000", note: { (n: Int) in "\(n) refs in all" }) {
        var found = 0
        let length = index.dataset.source.text.unicodeScalars.count
        for k in 0..<1000 { found += index.records(supportedBy: k * 7919 % max(length, 1)).count }
        return found
    }
    time("sourceText(span) ×100000", note: { (n: Int) in "\(n) characters" }) {
        var characters = 0
        for quote in index.dataset.quotes.prefix(100_000) { characters += index.sourceText(quote.span).count }
        return characters
    }
    let actorName = index.dataset.actors[index.dataset.actors.count / 3].name
    time("resolveActor exact name", note: { (r: Resolution<Actor>) in describe(r) }) { index.resolveActor(actorName) }
    time("resolveActor alias \"u.s.\"", note: { (r: Resolution<Actor>) in describe(r) }) { index.resolveActor("u.s.") }
    time("resolveActor near miss", note: { (r: Resolution<Actor>) in describe(r) }) {
        index.resolveActor(String(actorName.dropLast()) + "q")
    }
    time("resolveActor no match", note: { (r: Resolution<Actor>) in describe(r) }) { index.resolveActor("qqqqqqqqqq") }
    time("resolvePerson surname", note: { (r: Resolution<Person>) in describe(r) }) {
        index.resolvePerson(index.dataset.people[3].name.split(separator: " ").last.map(String.init) ?? "")
    }
    time("matchRanges ×10000 quotes", note: { (n: Int) in "\(n) ranges" }) {
        index.dataset.quotes.prefix(10_000).reduce(0) {
            $0 + DatasetIndex.matchRanges(of: "turk ceasefire", in: $1.text).count
        }
    }

}
UIBench.run(index)

func padded(_ text: String, _ width: Int) -> String {
    text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
}

func describe<V>(_ resolution: Resolution<V>) -> String {
    switch resolution {
    case .found: "found"
    case .ambiguous(let values): "ambiguous (\(values.count))"
    case .notFound(let suggestions): "not found, \(suggestions.count) suggestion(s)"
    }
}

var usage = rusage()
getrusage(RUSAGE_SELF.rawValue, &usage)
print("peak RSS: \(usage.ru_maxrss / 1024) MiB")
print(
    "summit-bench: \(total) records"
        + (skipLoad ? " (JSON and loading skipped)" : ", JSON at \(file.path)\(keep ? " (kept)" : " (removed)")"))
print(String(repeating: "-", count: 100))
for row in rows {
    print(padded(row.what, 46) + String(format: "%12.1f ms   ", row.ms) + row.note)
}
