import Foundation
import Testing

@testable import SummitCommands

/// The man page, completions and JSON documentation are shipped in docs/ and must match the code.
@Suite("summit docs stay current")
struct CLIDocsTests {
    @Test(
        "docs/summit.1 and docs/completions/* match the command definitions",
        arguments: GeneratedDocs.files().map(\.path))
    func generated(path: String) throws {
        let expected = try #require(GeneratedDocs.files().first { $0.path == path }).contents
        let url = Fixture.root.appendingPathComponent("docs").appendingPathComponent(path)
        let committed = try? String(contentsOf: url, encoding: .utf8)
        #expect(committed == expected, "docs/\(path) is out of date: run `summit generate-docs docs`")
    }

    @Test("the man page documents every command, every exit status and the keys")
    func manPage() throws {
        let page = ManPage.render()
        for command in [
            "pillars", "actors", "actor", "quotes", "figures", "events", "questions", "search", "source", "validate",
        ] {
            #expect(page.contains(".SS \(command)\n"))
        }
        for status in ExitStatus.allCases { #expect(page.contains(".B \(status.rawValue)\n")) }
        #expect(page.contains(".SH KEYS"))
        #expect(page.contains("NO_COLOR"))
        #expect(!page.contains("generate\\-docs"))
        #expect(!page.contains("OVERVIEW"), "each summary once, in NAME or beside its command, not again in the help")
        for command in ["pillars", "actors", "search"] {
            let abstract = Summit.configuration.subcommands.first { $0._commandName == command }!.configuration.abstract
            #expect(
                page.components(separatedBy: ManPage.escape(abstract)).count == 2,
                "\(command)'s summary appears once")
        }
    }

    /// docs/output-formats.md holds, under a heading naming a command line, one example document per shape.
    /// The real output of that command line must have exactly the same keys, nested the same way.
    @Test("every documented JSON example has the shape the command really prints")
    func jsonShapes() throws {
        let doc = try String(contentsOf: Fixture.root.appendingPathComponent("docs/output-formats.md"), encoding: .utf8)
        let examples = JSONExamples.parse(doc)
        #expect(examples.count >= 8, "docs/output-formats.md should show an example for each shape")
        for example in examples {
            let documented = try #require(
                try? JSONSerialization.jsonObject(with: Data(example.json.utf8)),
                "docs/output-formats.md: the example for `\(example.command)` is not valid JSON")
            let result = CLI.run(example.arguments)
            let actual = try #require(
                try? JSONSerialization.jsonObject(with: Data(result.stdout)), "`\(example.command)` printed no JSON")
            #expect(
                JSONShape(documented) == JSONShape(actual),
                "`\(example.command)`: documented shape differs from the output")
        }
    }
}

/// Examples in docs/output-formats.md: a line "`$ summit …`" followed by a ```json block.
enum JSONExamples {
    static func parse(_ markdown: String) -> [(command: String, arguments: [String], json: String)] {
        var out: [(String, [String], String)] = []
        var command: String?
        var block: [String]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if var lines = block {
                if line.hasPrefix("```") {
                    if let command {
                        out.append(
                            (
                                command, Array(command.split(separator: " ").dropFirst().map(String.init)),
                                lines.joined(separator: "\n")
                            ))
                    }
                    block = nil
                    command = nil
                } else {
                    lines.append(line)
                    block = lines
                }
            } else if line.hasPrefix("$ summit ") {
                command = String(line.dropFirst(2))
            } else if line.hasPrefix("```json") {
                block = []
            }
        }
        return out
    }
}

/// The structure of a JSON value without its values: object keys (recursively), array element shapes, leaf types.
/// Arrays compare by the union of their elements' shapes, so an example may show one element where the output has many.
indirect enum JSONShape: Equatable, CustomStringConvertible {
    case object([String: JSONShape])
    case array(JSONShape?)
    case string, number, bool, null

    /// Objects under these keys are dataset records (or the source article), whose shape docs/dataset-format.md
    /// defines and the model tests check; optional fields come and go with the data, so only "an object" is compared.
    static let opaqueKeys: Set<String> = ["record", "source"]

    init(_ value: Any, key: String? = nil) {
        switch value {
        case is [String: Any] where key.map(JSONShape.opaqueKeys.contains) == true: self = .object([:])
        case let object as [String: Any]:
            self = .object(Dictionary(uniqueKeysWithValues: object.map { ($0.key, JSONShape($0.value, key: $0.key)) }))
        case let array as [Any]:
            let shapes = array.map { JSONShape($0, key: key) }
            self = .array(shapes.reduce(nil as JSONShape?) { sum, next in sum.map { $0.merged(next) } ?? next })
        case is String: self = .string
        // Foundation on Linux hands booleans back as __NSCFBoolean, numbers as NSNumber (which also casts to Bool).
        case is NSNumber: self = String(describing: type(of: value)).contains("Boolean") ? .bool : .number
        case is NSNull: self = .null
        default: self = .null
        }
    }

    /// Two elements of one array: objects merge their keys; otherwise the first wins (e.g. null vs number fields).
    func merged(_ other: JSONShape) -> JSONShape {
        switch (self, other) {
        case let (.object(a), .object(b)): .object(a.merging(b) { $0.merged($1) })
        case let (.array(a), .array(b)):
            switch (a, b) {
            case let (a?, b?): .array(a.merged(b))
            default: .array(a ?? b)
            }
        case (.null, _): other
        default: self
        }
    }

    static func == (lhs: JSONShape, rhs: JSONShape) -> Bool {
        switch (lhs, rhs) {
        case let (.object(a), .object(b)): a == b
        // An empty array in the example or the output says nothing about element shape.
        case let (.array(a), .array(b)): a == nil || b == nil || a == b
        case (.string, .string), (.number, .number), (.bool, .bool), (.null, .null): true
        default: false
        }
    }

    var description: String {
        switch self {
        case .object(let keys): "{" + keys.keys.sorted().map { "\($0): \(keys[$0]!)" }.joined(separator: ", ") + "}"
        case .array(let element): "[" + (element.map(\.description) ?? "") + "]"
        case .string: "string"
        case .number: "number"
        case .bool: "bool"
        case .null: "null"
        }
    }
}
