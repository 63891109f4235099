import SummitData
import SummitModel
import Testing

/// One linkage rule for every facet (DECISIONS 53): a facet value names anchors (an actor or a pillar itself; a
/// speaker and the quotes they spoke; the actors holding a stance), and a record passes when it is an anchor or
/// linked to one (`linked(to:)`). The facet table must give exactly that, for every value and every kind shown in
/// the explorer's panes.
@Suite struct ChipLinkageTests {
    let index: DatasetIndex

    init() throws { index = DatasetIndex(try BundledDataset.load()) }

    func byRule(_ anchors: [RecordRef]) -> Set<RecordRef> {
        anchors.reduce(into: Set(anchors)) { $0.formUnion(index.linked(to: $1)) }
    }

    func byFacet(_ facets: Facets, _ kind: RecordKind) -> Set<RecordRef> {
        Set(index.filter(index.refs(of: kind), query: "", facets: facets))
    }

    static let paneKinds: [RecordKind] = RecordKind.allCases

    @Test func everyFacetValueKeepsTheRecordsLinkedToIt() {
        var cases: [(String, Facets, [RecordRef])] = []
        for a in index.dataset.actors { cases.append(("actor \(a.id)", Facets(actors: [a.id]), [a.ref])) }
        for p in index.dataset.pillars { cases.append(("pillar \(p.id)", Facets(pillars: [p.id]), [p.ref])) }
        for person in index.dataset.people {
            cases.append(
                (
                    "speaker \(person.id)", Facets(speakers: [person.id]),
                    [person.ref] + index.quotes(bySpeaker: person.id).map(\.ref)
                ))
        }
        for stance in StanceValue.allCases {
            cases.append(
                (
                    "stance \(stance)", Facets(stances: [stance]),
                    index.dataset.actors.filter { $0.stance.value == stance }.map(\.ref)
                ))
        }
        for (name, facets, anchors) in cases {
            let linked = byRule(anchors)
            for kind in Self.paneKinds {
                #expect(byFacet(facets, kind) == linked.filter { $0.kind == kind }, "\(name) in \(kind)")
            }
        }
    }

    @Test func speakerBurasKeepsTheCountriesHisQuotesName() {
        let actors = byFacet(Facets(speakers: ["buras"]), .actor).map(\.id)
        #expect(Set(actors).isSuperset(of: ["germany", "poland", "united-states"]))
    }
}
