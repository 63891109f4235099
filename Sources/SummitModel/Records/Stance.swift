/// An interpreted stance, with the text it is read from.
public struct Stance: Hashable, Sendable, Codable {
    public let value: StanceValue
    /// The article text the interpretation rests on.
    public let basis: SourceSpan
    /// Why this value, and any doubt about it.
    public let note: String?

    public init(value: StanceValue, basis: SourceSpan, note: String? = nil) {
        self.value = value
        self.basis = basis
        self.note = note
    }
}
