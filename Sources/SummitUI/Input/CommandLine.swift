import FoundationEssentials
import SummitModel

/// The `:` command line: explicit filters, parsed into chips, with Tab completion and helpful errors.
public enum ExplorerCommandLine {
    public enum Action: Hashable, Sendable {
        case add(FilterChip)
        case clear
        /// Show only the pins, in pin order (the reducer knows the pins).
        case pins
    }

    /// Command names, in the order help and completion list them.
    public static let names = ["actor", "stance", "speaker", "pillar", "kind", "pins", "clear"]

    static func example(_ name: String) -> String {
        switch name {
        case "actor": ":actor poland"
        case "stance": ":stance rules-out"
        case "speaker": ":speaker buras"
        case "pillar": ":pillar 2"
        case "kind": ":kind quote"
        case "pins": ":pins"
        default: ":clear"
        }
    }

    /// Parses a draft (without the leading `:`). `.success(nil)` for an empty line.
    public static func parse(_ draft: String, _ index: DatasetIndex) -> Result<Action?, CommandLineError> {
        let words = draft.split(separator: " ").map(String.init)
        guard let name = words.first?.lowercased() else { return .success(nil) }
        let value = words.dropFirst().joined(separator: " ")
        guard names.contains(name) else {
            // The same near-miss rule as every other name (and as `summit actr` on the command line).
            let near: [String] = if case .notFound(let close) = NameChoice(names).resolve(name) { close } else { [] }
            return .failure(CommandLineError("unknown command “:\(name)”"
                + (near.isEmpty ? " — commands: " : " — did you mean :\(near[0])? Commands: ") + names.joined(separator: ", ")))
        }
        if name == "clear" { return .success(.clear) }
        if name == "pins" { return .success(.pins) }
        guard !value.isEmpty else { return .failure(CommandLineError(":\(name) needs a value, e.g. \(example(name))")) }
        switch name {
        case "actor":
            return resolved(index.resolveActor(value), what: "actor", value) { $0.name }.map { .add(.actor($0.id)) }
        case "speaker":
            return resolved(index.resolvePerson(value), what: "speaker", value) { $0.name }.map { .add(.speaker($0.id)) }
        case "pillar":
            return resolved(index.resolvePillar(value), what: "pillar", value) { "\($0.number)" }.map { .add(.pillar($0.id)) }
        case "stance":
            return resolved(index.resolveStance(value), what: "stance", value) { $0.rawValue }.map { .add(.stance($0)) }
        default:
            let kind = index.resolveKind(value)
            if case .notFound(let near) = kind, near.isEmpty {
                let kinds = RecordKind.allCases.map(\.rawValue).joined(separator: ", ")
                return .failure(CommandLineError("unknown kind “\(value)” — kinds: " + kinds))
            }
            return resolved(kind, what: "kind", value) { $0.rawValue }.map { .add(.kind($0)) }
        }
    }

    private static func resolved<T>(_ r: Resolution<T>, what: String, _ value: String, _ name: (T) -> String) -> Result<T, CommandLineError> {
        switch r {
        case .found(let v): return .success(v)
        case .ambiguous(let vs):
            return .failure(CommandLineError("“\(value)” matches several: " + vs.prefix(6).map(name).joined(separator: ", ")))
        case .notFound(let suggestions):
            return .failure(CommandLineError("no \(what) “\(value)”"
                + (suggestions.isEmpty ? "" : " — did you mean " + suggestions.prefix(3).map(name).joined(separator: ", ") + "?")))
        }
    }
}

public struct CommandLineError: Error, Hashable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
