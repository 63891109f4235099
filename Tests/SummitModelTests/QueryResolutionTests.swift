import SummitModel
import Testing

@Suite struct QueryResolutionTests {
    let index = QueryFixture.index

    func actorIDs(_ resolution: Resolution<Actor>) -> String {
        switch resolution {
        case .found(let actor): "found \(actor.id)"
        case .ambiguous(let actors): "ambiguous " + actors.map(\.id).joined(separator: ",")
        case .notFound(let suggestions): "notFound " + suggestions.map(\.id).joined(separator: ",")
        }
    }

    @Test func actorByIdNameOrAlias() {
        #expect(actorIDs(index.resolveActor("poland")) == "found poland")
        #expect(actorIDs(index.resolveActor("POLAND")) == "found poland")
        #expect(actorIDs(index.resolveActor("united-kingdom")) == "found united-kingdom")
        #expect(actorIDs(index.resolveActor("  United   Kingdom ")) == "found united-kingdom")
        #expect(actorIDs(index.resolveActor("uk")) == "found united-kingdom")
        #expect(actorIDs(index.resolveActor("Kremlin")) == "found russia")
        #expect(actorIDs(index.resolveActor("turkiye")) == "found turkey")
        #expect(actorIDs(index.resolveActor("Türkiye")) == "found turkey")
        #expect(actorIDs(index.resolveActor("Turkey")) == "found turkey")
    }

    @Test func dotsAreIgnored() {
        #expect(actorIDs(index.resolveActor("u.s.")) == "found united-states")
        #expect(actorIDs(index.resolveActor("US")) == "found united-states")
        #expect(actorIDs(index.resolveActor("U.S")) == "found united-states")
    }

    @Test func sharedAliasIsAmbiguousInDatasetOrder() {
        #expect(actorIDs(index.resolveActor("Europe")) == "ambiguous poland,france")
    }

    @Test func nearMissesAreSuggestedBestFirst() {
        #expect(actorIDs(index.resolveActor("polnd")) == "notFound poland")
        #expect(actorIDs(index.resolveActor("frnace")) == "notFound france")  // transposition
        #expect(actorIDs(index.resolveActor("fran")) == "notFound france")  // prefix
        #expect(actorIDs(index.resolveActor("turkiey")) == "notFound turkey")
        // A near miss of a word in a longer name; both kingdoms… both "united" names, in dataset order.
        #expect(actorIDs(index.resolveActor("unitd")) == "notFound united-kingdom,united-states")
        // A whole-name near miss outranks a word near miss.
        #expect(actorIDs(index.resolveActor("russa")) == "notFound russia")
        #expect(actorIDs(index.resolveActor("xyzzy")) == "notFound ")
        #expect(actorIDs(index.resolveActor("")) == "notFound ")
        #expect(actorIDs(index.resolveActor(" . ")) == "notFound ")
        #expect(index.resolveActor("poland").value?.id == "poland")
        #expect(index.resolveActor("polnd").value == nil)
    }

    @Test func personByFullNameSurnameOrId() {
        #expect(index.resolvePerson("buras").value?.id == "piotr-buras")
        #expect(index.resolvePerson("BURAS").value?.id == "piotr-buras")
        #expect(index.resolvePerson("Piotr Buras").value?.id == "piotr-buras")
        #expect(index.resolvePerson("piotr-buras").value?.id == "piotr-buras")
        #expect(index.resolvePerson("lee").mapIDs == "ambiguous ann-lee,bo-lee")
        #expect(index.resolvePerson("Bo Lee").value?.id == "bo-lee")
        #expect(index.resolvePerson("burass").mapIDs == "notFound piotr-buras")
        #expect(index.resolvePerson("nobody").mapIDs == "notFound ")
    }

    @Test func pillarByNumberIdTitleOrWords() {
        #expect(index.resolvePillar("2").value?.id == "pillar-2")
        #expect(index.resolvePillar("pillar 2").value?.id == "pillar-2")
        #expect(index.resolvePillar("p1").value?.id == "pillar-1")
        #expect(index.resolvePillar("#1").value?.id == "pillar-1")
        #expect(index.resolvePillar("pillar-1").value?.id == "pillar-1")
        #expect(index.resolvePillar("Multinational Force").value?.id == "pillar-2")
        #expect(index.resolvePillar("monitoring").value?.id == "pillar-1")
        #expect(index.resolvePillar("force ukraine").value?.id == "pillar-2")
        #expect(index.resolvePillar("ukraine").mapIDs == "ambiguous pillar-1,pillar-2")
        #expect(index.resolvePillar("9").mapIDs == "notFound pillar-1,pillar-2")
        #expect(index.resolvePillar("ceasfire").mapIDs == "notFound pillar-1")
        #expect(index.resolvePillar("zebra").mapIDs == "notFound ")
        #expect(index.resolvePillar("").mapIDs == "notFound ")
    }

    @Test func stanceByValueOrLabel() {
        #expect(index.resolveStance("rules-out") == .found(.rulesOut))
        #expect(index.resolveStance("Rules Out") == .found(.rulesOut))
        #expect(index.resolveStance("plans-presence") == .found(.plansPresence))
        #expect(index.resolveStance("plans presence") == .found(.plansPresence))
        #expect(index.resolveStance("n/a") == .found(.notApplicable))
        #expect(index.resolveStance("not applicable") == .found(.notApplicable))
        #expect(index.resolveStance("not-applicable") == .found(.notApplicable))
        #expect(index.resolveStance("OPEN") == .found(.open))
        #expect(index.resolveStance("oppose") == .notFound(suggestions: [.opposes]))
        #expect(index.resolveStance("condtional") == .notFound(suggestions: [.conditional]))
        #expect(index.resolveStance("xyz") == .notFound(suggestions: []))
        #expect(index.resolveStance("") == .notFound(suggestions: []))
    }
}

extension Resolution where Value: Identifiable, Value.ID == String {
    /// "found id", "ambiguous a,b" or "notFound a,b": compact for expectations.
    var mapIDs: String {
        switch self {
        case .found(let value): "found \(value.id)"
        case .ambiguous(let values): "ambiguous " + values.map(\.id).joined(separator: ",")
        case .notFound(let suggestions): "notFound " + suggestions.map(\.id).joined(separator: ",")
        }
    }
}
