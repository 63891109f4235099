/// The article a dataset is drawn from, with its attribution.
public struct Source: Hashable, Sendable, Codable {
    public let title: String
    public let standfirst: String?
    public let author: String
    public let outlet: String
    /// The credit line as printed, e.g. a section name after the outlet.
    public let credit: String?
    public let text: String

    public init(title: String, standfirst: String?, author: String, outlet: String, credit: String?, text: String) {
        self.title = title
        self.standfirst = standfirst
        self.author = author
        self.outlet = outlet
        self.credit = credit
        self.text = text
    }
}
