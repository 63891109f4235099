import FoundationEssentials

/// libFuzzer's entry point: any bytes go through the loader and validator; what loads is indexed and queried.
/// Compiled into the SummitModel module by Fuzz/run (not a SwiftPM target), so `swift build` never builds it.
/// Any trap, overflow or memory error is a finding; rejection with problems is the expected outcome.
@_cdecl("LLVMFuzzerTestOneInput")
public func loaderFuzzTarget(_ bytes: UnsafePointer<UInt8>, _ count: Int) -> Int32 {
    let data = Data(bytes: bytes, count: count)
    let dataset: Dataset
    do {
        dataset = try DatasetLoader.load(data: data, origin: "fuzz-input", problemLimit: 20)
    } catch {
        guard case .invalid(_, let problems) = error else { return 0 }
        // The report must be printable: every problem text is built, as `validate` does.
        _ = problems.map(\.description)
        return 0
    }
    // A dataset that validates must never crash what reads it: index, summaries, links, lookups, search.
    let index = DatasetIndex(dataset)
    for actor in dataset.actors.prefix(20) {
        _ = index.resolveActor(actor.name)
        _ = index.resolveActor(String(actor.name.dropLast()))
        if let ref = index.ref(id: actor.id) {
            _ = index.summary(of: ref)
            _ = index.linked(to: ref)
        }
    }
    for figure in dataset.figures.prefix(20) {
        if let ref = index.ref(id: figure.id) { _ = index.summary(of: ref) }
    }
    for word in dataset.title.split(separator: " ").prefix(3) { _ = index.search(String(word)) }
    _ = index.resolvePillar(dataset.title)
    _ = index.records(supportedBy: dataset.source.text.unicodeScalars.count / 2)
    return 0
}
