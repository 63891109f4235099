import ArgumentParser
import SummitModel

/// Shell completion of names from the bundled dataset (the shell calls `summit` back on TAB; loading takes ms).
/// Offers ids: they contain no spaces, so every shell completes them without quoting.
enum CompletionWords {
    static let actors = CompletionKind.custom { _, _, prefix in words(prefix) { $0.actors.map(\.id) } }
    static let people = CompletionKind.custom { _, _, prefix in words(prefix) { $0.people.map(\.id) } }
    static let pillars = CompletionKind.custom { _, _, prefix in words(prefix) { $0.pillars.map { String($0.number) } }
    }
    static let records = CompletionKind.custom { _, _, prefix in words(prefix) { DatasetIndex($0).allRefs.map(\.id) } }

    private static func words(_ prefix: String, _ pick: (Dataset) -> [String]) -> [String] {
        guard let dataset = try? DatasetSource.load(file: nil) else { return [] }
        return pick(dataset).filter { $0.hasPrefix(prefix.lowercased()) }
    }
}
