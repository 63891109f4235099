/// A stretch of the source article that supports a record.
///
/// Offsets count Unicode scalars (code points) from the start of `Source.text`, end exclusive,
/// so `text[start:end]` in Python gives the same passage. `excerpt` repeats the passage so a
/// human can read the dataset and the validator can catch offsets that drifted.
public struct SourceSpan: Hashable, Sendable, Codable {
    public let start: Int
    public let end: Int
    public let excerpt: String?

    public init(start: Int, end: Int, excerpt: String? = nil) {
        self.start = start
        self.end = end
        self.excerpt = excerpt
    }

    public var length: Int { end - start }

    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }

    public func contains(_ other: SourceSpan) -> Bool { other.start >= start && other.end <= end }
}
