import FoundationEssentials
import SummitModel

/// The `:` command line: explicit filters, parsed into chips, with Tab completion and helpful errors.
public enum ExplorerCommandLine {
    public enum Action: Hashable, Sendable {
        case add(FilterChip)
        case clear
        /// Show only the pins, in pin order (the reducer knows the pins).
        case pins
        /// `:goto ID`: open the record with this id in Detail.
        case goto(RecordRef)
    }

    /// Command names, in the order help and completion list them.
    public static let names = ["actor", "stance", "speaker", "pillar", "kind", "pins", "goto", "clear"]

    static func example(_ name: String) -> String {
        switch name {
        case "actor": ":actor poland"
        case "stance": ":stance rules-out"
        case "speaker": ":speaker buras"
        case "pillar": ":pillar 2"
        case "kind": ":kind quote"
        case "pins": ":pins"
        case "goto": ":goto quote-buras-1"
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
            return .failure(
                CommandLineError(
                    "unknown command “:\(name)”"
                        + (near.isEmpty ? " — commands: " : " — did you mean :\(near[0])? Commands: ")
                        + names.joined(separator: ", ")))
        }
        if name == "clear" { return .success(.clear) }
        if name == "pins" { return .success(.pins) }
        guard !value.isEmpty else { return .failure(CommandLineError(":\(name) needs a value, e.g. \(example(name))")) }
        switch name {
        case "goto":
            // Ids are lower-case by convention, so `POLAND` finds `poland`, as `summit source --record` does.
            if let ref = index.ref(id: value) ?? index.ref(id: value.lowercased()) { return .success(.goto(ref)) }
            let near = CompletionEntry.ids(startingWith: String(value.lowercased().prefix(3)), index, limit: 3)
            return .failure(
                CommandLineError(
                    "no record has the id “\(value)”"
                        + (near.isEmpty
                            ? " — Tab lists the ids" : " — did you mean " + near.joined(separator: ", ") + "?")))
        case "actor":
            return resolved(index.resolveActor(value), what: "actor", value, all: index.dataset.actors) { $0.name }.map
            { .add(.actor($0.id)) }
        case "speaker":
            return resolved(index.resolvePerson(value), what: "speaker", value, all: index.dataset.people) { $0.name }
                .map { .add(.speaker($0.id)) }
        case "pillar":
            return resolved(index.resolvePillar(value), what: "pillar", value, all: index.dataset.pillars) {
                "\($0.number)"
            }
            .map { .add(.pillar($0.id)) }
        case "stance":
            return resolved(index.resolveStance(value), what: "stance", value, all: StanceValue.allCases) {
                $0.rawValue
            }
            .map { .add(.stance($0)) }
        default:
            let kind = index.resolveKind(value)
            if case .notFound(let near) = kind, near.isEmpty {
                let kinds = RecordKind.allCases.map(\.rawValue).joined(separator: ", ")
                return .failure(CommandLineError("unknown kind “\(value)” — kinds: " + kinds))
            }
            return resolved(kind, what: "kind", value, all: RecordKind.allCases) { $0.rawValue }.map { .add(.kind($0)) }
        }
    }

    /// A wrong value is answered with every valid one when they are few enough to read (`:pillar 5` lists
    /// 1, 2, 3, 4), else with the nearest names and a pointer to Tab.
    static let listedValues = 20

    private static func resolved<T>(_ r: Resolution<T>, what: String, _ value: String, all: [T], _ name: (T) -> String)
        -> Result<T, CommandLineError>
    {
        switch r {
        case .found(let v): return .success(v)
        case .ambiguous(let vs):
            return .failure(
                CommandLineError("“\(value)” matches several: " + vs.prefix(6).map(name).joined(separator: ", ")))
        case .notFound(let suggestions):
            if all.count <= listedValues {
                let kind = what == "speaker" ? "speakers" : what + "s"
                return .failure(
                    CommandLineError("no \(what) “\(value)” — \(kind): " + all.map(name).joined(separator: ", ")))
            }
            return .failure(
                CommandLineError(
                    "no \(what) “\(value)”"
                        + (suggestions.isEmpty
                            ? " — Tab lists them"
                            : " — did you mean " + suggestions.prefix(3).map(name).joined(separator: ", ") + "?")))
        }
    }
}

public struct CommandLineError: Error, Hashable, Sendable {
    public let message: String
    public init(_ message: String) { self.message = message }
}
