/// The outcome of turning something a user typed ("u.s.", "buras", "2") into a record or value.
public enum Resolution<Value: Sendable>: Sendable {
    /// Exactly one match.
    case found(Value)
    /// Several equally good matches, in dataset order: the user must say which.
    case ambiguous([Value])
    /// No exact match; near misses ("did you mean …?"), best first, possibly empty.
    case notFound(suggestions: [Value])
}

extension Resolution {
    /// The value when the resolution found exactly one.
    public var value: Value? {
        if case .found(let value) = self { return value }
        return nil
    }
}

extension Resolution: Equatable where Value: Equatable {}
extension Resolution: Hashable where Value: Hashable {}
