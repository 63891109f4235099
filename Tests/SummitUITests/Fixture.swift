import SummitModel

@testable import SummitUI

/// A small hand-made dataset over a short article, so screen tests do not change when the real data does.
enum Fixture {
    static let text = """
        Leaders met in Paris on Tuesday. The declaration set out pillars: monitoring a ceasefire; backing Ukraine’s army.
        Poland will not send troops to Ukraine, Prime Minister Donald Tusk said. Germany is open to a role, said Friedrich Merz.
        “The declaration is a step forward,” said Piotr Buras. Tusk added: “We will support logistics.”
        Türkiye offered naval help, he told RTÉ News.
        """

    /// The span of the first occurrence of `excerpt`, in Unicode scalars.
    static func span(_ excerpt: String) -> SourceSpan {
        let scalars = Array(text.unicodeScalars)
        let needle = Array(excerpt.unicodeScalars)
        for i in 0...(scalars.count - needle.count) where Array(scalars[i..<(i + needle.count)]) == needle {
            return SourceSpan(start: i, end: i + needle.count, excerpt: excerpt)
        }
        fatalError("excerpt not in fixture text: \(excerpt)")
    }

    static let dataset = Dataset(
        title: "Paris summit (fixture)",
        source: Source(
            title: "Paris talks", standfirst: nil, author: "A. Writer", outlet: "Test Outlet", credit: nil, text: text),
        pillars: [
            Pillar(
                id: "pillar-1", number: 1, title: "Ceasefire monitoring", text: "monitoring a ceasefire",
                span: span("monitoring a ceasefire")),
            Pillar(
                id: "pillar-2", number: 2, title: "Backing Ukraine’s army", text: "backing Ukraine’s army",
                span: span("backing Ukraine’s army")),
        ],
        actors: [
            Actor(
                id: "poland", name: "Poland", kind: .country, aliases: ["Warsaw"],
                stance: Stance(
                    value: .rulesOut, basis: span("Poland will not send troops to Ukraine"), note: "Tusk rules it out."),
                roles: [
                    Role(text: "Logistics support", span: span("We will support logistics."), pillars: ["pillar-2"])
                ],
                span: span("Poland will not send troops to Ukraine")),
            Actor(
                id: "germany", name: "Germany", kind: .country, aliases: ["Berlin"],
                stance: Stance(value: .open, basis: span("Germany is open to a role")),
                roles: [Role(text: "Open to a role", span: span("Germany is open to a role"), pillars: ["pillar-1"])],
                span: span("Germany is open to a role")),
            Actor(
                id: "turkiye", name: "Türkiye", kind: .country, aliases: ["Turkey"],
                stance: Stance(value: .supportsConcept, basis: span("Türkiye offered naval help")),
                roles: [], span: span("Türkiye offered naval help")),
        ],
        people: [
            Person(
                id: "donald-tusk", name: "Donald Tusk", role: "Prime Minister", organisation: nil, actor: "poland",
                span: span("Donald Tusk")),
            Person(
                id: "friedrich-merz", name: "Friedrich Merz", role: nil, organisation: nil, actor: "germany",
                span: span("Friedrich Merz")),
            Person(
                id: "piotr-buras", name: "Piotr Buras", role: "analyst", organisation: "ECFR", actor: nil,
                span: span("Piotr Buras")),
        ],
        quotes: [
            Quote(
                id: "quote-buras-1", text: "The declaration is a step forward,",
                span: span("The declaration is a step forward,"),
                speaker: "piotr-buras", attribution: "said Piotr Buras", pillars: ["pillar-1"]),
            Quote(
                id: "quote-tusk-1", text: "We will support logistics.", span: span("We will support logistics."),
                speaker: "donald-tusk", attribution: "Tusk added", pillars: ["pillar-2"], actors: ["poland"]),
        ]
    )

    static let index = DatasetIndex(dataset)

    static func state(_ width: Int, _ height: Int) -> ExplorerState {
        var s = ExplorerState(size: Size(width: width, height: height))
        s.normalize(index)
        return s
    }

    /// Runs key presses through the binding table and the reducer.
    static func press(_ keys: [Key], from state: ExplorerState, index: DatasetIndex = Fixture.index) -> ExplorerState {
        keys.reduce(state) { s, key in
            Reducer.reduce(s, KeyMap.standard.command(for: key, in: s.mode.kind), index).state
        }
    }

    static func type(_ text: String) -> [Key] { text.map { Key.character($0) } }

    static func screen(_ state: ExplorerState, index: DatasetIndex = Fixture.index) -> String {
        Renderer.render(state, index).text
    }
}
