import Foundation

@testable import SummitModel

/// A small valid dataset as a JSON dictionary; each test breaks one thing in it.
enum LoaderFixture {
    /// A step of a path into the fixture, written as a string or integer literal.
    enum Step: Sendable, ExpressibleByStringLiteral, ExpressibleByIntegerLiteral {
        case key(String)
        case index(Int)

        init(stringLiteral value: String) { self = .key(value) }
        init(integerLiteral value: Int) { self = .index(value) }
    }

    /// Non-ASCII on purpose (ü, curly quotes) so offsets must count Unicode scalars, not bytes.
    static let text =
        "The coalition agreed on pillars: monitor the ceasefire. Türkiye will help at sea. "
        + "Buras said: “We’re ready to act.” Russia denies it. Who will pay?"

    /// Scalar offsets of the first occurrence of `needle` in `text`.
    static func offsets(of needle: String) -> (start: Int, end: Int) {
        let scalars = Array(text.unicodeScalars)
        let wanted = Array(needle.unicodeScalars)
        for start in 0...(scalars.count - wanted.count) where Array(scalars[start..<(start + wanted.count)]) == wanted {
            return (start, start + wanted.count)
        }
        fatalError("fixture text lacks \(needle)")  // a broken fixture, not a broken input
    }

    static func span(_ needle: String) -> [String: Any] {
        let (start, end) = offsets(of: needle)
        return ["start": start, "end": end, "excerpt": needle]
    }

    static func dataset() -> [String: Any] {
        [
            "formatVersion": 1,
            "title": "Test summit",
            "source": ["title": "A test article", "author": "A. Writer", "outlet": "Test Times", "text": text],
            "pillars": [
                [
                    "id": "pillar-1", "number": 1, "title": "Monitoring", "text": "monitor the ceasefire",
                    "span": span("monitor the ceasefire"),
                ]
            ],
            "actors": [
                [
                    "id": "turkiye", "name": "Türkiye", "kind": "country", "aliases": ["Turkey", "Ankara"],
                    "stance": ["value": "open", "basis": span("Türkiye will help at sea")],
                    "roles": [["text": "maritime help", "span": span("help at sea"), "pillars": ["pillar-1"]]],
                    "span": span("Türkiye will help at sea"),
                ],
                [
                    "id": "russia", "name": "Russia", "kind": "country", "aliases": ["Moscow"],
                    "stance": ["value": "opposes", "basis": span("Russia denies it")], "roles": [],
                    "span": span("Russia"),
                ],
            ],
            "people": [["id": "buras", "name": "Piotr Buras", "role": "analyst", "span": span("Buras")]],
            "quotes": [
                [
                    "id": "quote-buras-1", "text": "We’re ready to act.", "span": span("We’re ready to act."),
                    "speaker": "buras", "attribution": "Buras said", "pillars": ["pillar-1"], "actors": ["turkiye"],
                ]
            ],
            "figures": [
                [
                    "id": "figure-1", "label": "ships", "value": 3, "upper": 5, "unit": "ships", "actor": "turkiye",
                    "span": span("help at sea"),
                ]
            ],
            "events": [
                [
                    "id": "event-1", "summary": "Türkiye offers help", "when": "on Friday", "actors": ["turkiye"],
                    "status": "claim", "claimedBy": "turkiye",
                    "disputes": [["by": "russia", "text": "Russia denies it", "span": span("Russia denies it")]],
                    "span": span("Türkiye will help at sea"),
                ]
            ],
            "questions": [
                [
                    "id": "question-1", "text": "Who will pay?", "span": span("Who will pay?"),
                    "pillars": ["pillar-1"], "actors": ["russia"],
                ]
            ],
            "notes": [["id": "note-1", "text": "Only one pillar is listed.", "about": ["pillar-1", "quote-buras-1"]]],
        ]
    }

    /// The dataset with the value at `path` replaced (nil removes it). Path steps are keys or indexes.
    static func dataset(setting path: [Step], to value: Any?) -> [String: Any] {
        set(dataset(), path[...], value) as? [String: Any] ?? [:]
    }

    private static func set(_ container: Any, _ path: ArraySlice<Step>, _ value: Any?) -> Any {
        guard let step = path.first else { return value as Any }
        let rest = path.dropFirst()
        if case .key(let key) = step, var object = container as? [String: Any] {
            if rest.isEmpty {
                object[key] = value
            } else {
                object[key] = set(object[key] as Any, rest, value)
            }
            return object
        }
        if case .index(let index) = step, var array = container as? [Any] {
            array[index] = rest.isEmpty ? value as Any : set(array[index], rest, value)
            return array
        }
        fatalError("fixture path \(path) does not fit the fixture")
    }

    static func json(_ object: Any) -> Data {
        (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
    }

    static func load(_ object: Any) throws(DatasetError) -> Dataset {
        try DatasetLoader.load(data: json(object), origin: "test.json")
    }

    /// The problems reported for `data`; empty when it unexpectedly loads or fails differently.
    static func problems(_ data: Data, limit: Int = ProblemLog.defaultLimit) -> [DatasetProblem] {
        do {
            _ = try DatasetLoader.load(data: data, origin: "test.json", problemLimit: limit)
            return []
        } catch {
            guard case .invalid(let file, let problems) = error, file == "test.json" else { return [] }
            return problems
        }
    }

    static func problems(_ object: Any) -> [DatasetProblem] { problems(json(object)) }

    static func problems(_ text: String) -> [DatasetProblem] { problems(Data(text.utf8)) }

    /// The one problem reported when exactly one is expected, nil otherwise.
    static func onlyProblem(setting path: [Step], to value: Any?) -> DatasetProblem? {
        let found = problems(dataset(setting: path, to: value))
        return found.count == 1 ? found[0] : nil
    }
}
