/// A closed list of names — command names, record kinds — resolved by the same rule as the dataset's names
/// (`NameKeys.Table.resolve`): exact after folding, else "did you mean" near misses, best first.
public struct NameChoice: Sendable {
    public let names: [String]
    private let table: NameKeys.Table

    public init(_ names: [String]) {
        self.names = names
        table = NameKeys.Table(names: names.map { [$0] })
    }

    public func resolve(_ typed: String) -> Resolution<String> {
        table.resolve(typed).map { names[$0] }
    }
}
