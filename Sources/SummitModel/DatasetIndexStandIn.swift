// STAND-IN for the query engine (branch `query`), written to the contract in the brief so the UI builds
// before the real one lands. Delete this file when merging `query`.
import Foundation

public struct RecordRef: Hashable, Sendable, Comparable, Codable {
    public let kind: RecordKind
    public let id: String
    public init(kind: RecordKind, id: String) { self.kind = kind; self.id = id }
    public static func < (a: RecordRef, b: RecordRef) -> Bool {
        let ka = RecordKind.allCases.firstIndex(of: a.kind)!, kb = RecordKind.allCases.firstIndex(of: b.kind)!
        return ka != kb ? ka < kb : a.id < b.id
    }
}

public struct RecordSummary: Hashable, Sendable {
    public let ref: RecordRef
    public let title: String
    public let detail: String
    public let span: SourceSpan
}

public struct Facets: Hashable, Sendable {
    public var kinds: Set<RecordKind>
    public var pillars: Set<String>
    public var actors: Set<String>
    public var stances: Set<StanceValue>
    public var speakers: Set<String>
    public init(kinds: Set<RecordKind> = [], pillars: Set<String> = [], actors: Set<String> = [],
                stances: Set<StanceValue> = [], speakers: Set<String> = []) {
        self.kinds = kinds; self.pillars = pillars; self.actors = actors; self.stances = stances; self.speakers = speakers
    }
}

public struct SearchHit: Hashable, Sendable { public let ref: RecordRef; public let score: Int }

public enum Resolution<Value: Sendable>: Sendable {
    case found(Value)
    case ambiguous([Value])
    case notFound(suggestions: [Value])
}

public final class DatasetIndex: Sendable {
    public let dataset: Dataset
    private let scalars: [Unicode.Scalar]

    public init(_ dataset: Dataset) {
        self.dataset = dataset
        scalars = Array(dataset.source.text.unicodeScalars)
    }

    public func pillar(id: String) -> Pillar? { dataset.pillars.first { $0.id == id } }
    public func actor(id: String) -> Actor? { dataset.actors.first { $0.id == id } }
    public func person(id: String) -> Person? { dataset.people.first { $0.id == id } }
    public func quote(id: String) -> Quote? { dataset.quotes.first { $0.id == id } }
    public func figure(id: String) -> Figure? { dataset.figures.first { $0.id == id } }
    public func event(id: String) -> Event? { dataset.events.first { $0.id == id } }
    public func question(id: String) -> Question? { dataset.questions.first { $0.id == id } }
    public func note(id: String) -> Note? { dataset.notes.first { $0.id == id } }

    public func refs(of kind: RecordKind) -> [RecordRef] {
        let ids: [String] = switch kind {
        case .pillar: dataset.pillars.map(\.id)
        case .actor: dataset.actors.map(\.id)
        case .person: dataset.people.map(\.id)
        case .quote: dataset.quotes.map(\.id)
        case .figure: dataset.figures.map(\.id)
        case .event: dataset.events.map(\.id)
        case .question: dataset.questions.map(\.id)
        case .note: dataset.notes.map(\.id)
        }
        return ids.map { RecordRef(kind: kind, id: $0) }
    }

    public var allRefs: [RecordRef] { RecordKind.allCases.flatMap(refs(of:)) }

    private func searchableText(_ ref: RecordRef) -> String {
        switch ref.kind {
        case .pillar: pillar(id: ref.id).map { "\($0.number) \($0.title) \($0.text)" } ?? ""
        case .actor: actor(id: ref.id).map { ([$0.name] + $0.aliases + $0.roles.map(\.text)).joined(separator: " ") } ?? ""
        case .person: person(id: ref.id).map { [$0.name, $0.role ?? ""].joined(separator: " ") } ?? ""
        case .quote: quote(id: ref.id).map { q in [q.text, q.speaker.flatMap { person(id: $0)?.name } ?? "", q.attribution].joined(separator: " ") } ?? ""
        case .figure: figure(id: ref.id).map(\.label) ?? ""
        case .event: event(id: ref.id).map(\.summary) ?? ""
        case .question: question(id: ref.id).map(\.text) ?? ""
        case .note: note(id: ref.id).map(\.text) ?? ""
        }
    }

    public func summary(of ref: RecordRef) -> RecordSummary? {
        guard let span = span(of: ref) else { return nil }
        let title: String = switch ref.kind {
        case .pillar: pillar(id: ref.id).map { "\($0.number). \($0.title)" } ?? ref.id
        case .actor: actor(id: ref.id)?.name ?? ref.id
        case .person: person(id: ref.id)?.name ?? ref.id
        case .quote: quote(id: ref.id).map { "“\($0.text)”" } ?? ref.id
        default: searchableText(ref)
        }
        return RecordSummary(ref: ref, title: title, detail: searchableText(ref), span: span)
    }

    public func span(of ref: RecordRef) -> SourceSpan? {
        switch ref.kind {
        case .pillar: pillar(id: ref.id)?.span
        case .actor: actor(id: ref.id)?.span
        case .person: person(id: ref.id)?.span
        case .quote: quote(id: ref.id)?.span
        case .figure: figure(id: ref.id)?.span
        case .event: event(id: ref.id)?.span
        case .question: question(id: ref.id)?.span
        case .note: note(id: ref.id)?.span
        }
    }

    public static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    public func matches(_ ref: RecordRef, query: String) -> Bool {
        let hay = Self.fold(searchableText(ref))
        return Self.fold(query).split(separator: " ").allSatisfy { hay.contains($0) }
    }

    private func matchesFacets(_ ref: RecordRef, _ f: Facets) -> Bool {
        if !f.kinds.isEmpty && !f.kinds.contains(ref.kind) { return false }
        if !f.actors.isEmpty {
            let linkedActors = Set(linked(to: ref).filter { $0.kind == .actor }.map(\.id) + (ref.kind == .actor ? [ref.id] : []))
            if linkedActors.isDisjoint(with: f.actors) { return false }
        }
        if !f.pillars.isEmpty {
            let linkedPillars = Set(linked(to: ref).filter { $0.kind == .pillar }.map(\.id) + (ref.kind == .pillar ? [ref.id] : []))
            if linkedPillars.isDisjoint(with: f.pillars) { return false }
        }
        if !f.stances.isEmpty {
            guard ref.kind == .actor, let a = actor(id: ref.id), f.stances.contains(a.stance.value) else { return false }
        }
        if !f.speakers.isEmpty {
            guard ref.kind == .quote, let s = quote(id: ref.id)?.speaker, f.speakers.contains(s) else { return false }
        }
        return true
    }

    public func search(_ query: String, facets: Facets = Facets()) -> [SearchHit] {
        filter(allRefs, query: query, facets: facets).map { SearchHit(ref: $0, score: 1) }
    }

    public func filter(_ refs: [RecordRef], query: String, facets: Facets) -> [RecordRef] {
        refs.filter { matches($0, query: query) && matchesFacets($0, facets) }
    }

    public static func matchRanges(of query: String, in text: String) -> [Range<String.Index>] {
        var out: [Range<String.Index>] = []
        for word in query.split(separator: " ") {
            var from = text.startIndex
            while let r = text.range(of: String(word), options: [.caseInsensitive, .diacriticInsensitive], range: from..<text.endIndex) {
                out.append(r); from = r.upperBound
            }
        }
        return out.sorted { $0.lowerBound < $1.lowerBound }
    }

    public func quotes(onActor id: String) -> [Quote] { dataset.quotes.filter { $0.actors.contains(id) || ($0.speaker.flatMap { person(id: $0)?.actor } == id) } }
    public func quotes(onPillar id: String) -> [Quote] { dataset.quotes.filter { $0.pillars.contains(id) } }
    public func quotes(bySpeaker id: String) -> [Quote] { dataset.quotes.filter { $0.speaker == id } }
    public func actors(onPillar id: String) -> [Actor] { dataset.actors.filter { $0.roles.contains { $0.pillars.contains(id) } } }
    public func pillars(ofActor id: String) -> [Pillar] {
        guard let a = actor(id: id) else { return [] }
        let ids = Set(a.roles.flatMap(\.pillars))
        return dataset.pillars.filter { ids.contains($0.id) }
    }
    public func people(ofActor id: String) -> [Person] { dataset.people.filter { $0.actor == id } }
    public func figures(ofActor id: String) -> [Figure] { dataset.figures.filter { $0.actor == id } }
    public func events(ofActor id: String) -> [Event] { dataset.events.filter { $0.actors.contains(id) } }

    public func linked(to ref: RecordRef) -> Set<RecordRef> {
        var out = Set<RecordRef>()
        func add(_ kind: RecordKind, _ ids: [String]) { ids.forEach { out.insert(RecordRef(kind: kind, id: $0)) } }
        switch ref.kind {
        case .actor:
            add(.quote, quotes(onActor: ref.id).map(\.id)); add(.pillar, pillars(ofActor: ref.id).map(\.id))
            add(.person, people(ofActor: ref.id).map(\.id))
        case .pillar:
            add(.actor, actors(onPillar: ref.id).map(\.id)); add(.quote, quotes(onPillar: ref.id).map(\.id))
        case .quote:
            if let q = quote(id: ref.id) {
                add(.pillar, q.pillars); add(.actor, q.actors)
                if let s = q.speaker { add(.person, [s]); if let a = person(id: s)?.actor { add(.actor, [a]) } }
            }
        case .person:
            add(.quote, quotes(bySpeaker: ref.id).map(\.id))
            if let a = person(id: ref.id)?.actor { add(.actor, [a]) }
        default: break
        }
        return out
    }

    public func records(supportedBy offset: Int) -> [RecordRef] { allRefs.filter { span(of: $0)?.contains(offset) == true } }

    public func sourceText(_ span: SourceSpan) -> String {
        let s = max(0, min(span.start, scalars.count)), e = max(s, min(span.end, scalars.count))
        var v = String.UnicodeScalarView(); v.append(contentsOf: scalars[s..<e]); return String(v)
    }

    private func resolve<T>(_ token: String, _ items: [T], _ names: (T) -> [String]) -> Resolution<T> {
        let t = Self.fold(token)
        let exact = items.filter { names($0).contains { Self.fold($0) == t } }
        if exact.count == 1 { return .found(exact[0]) }
        if exact.count > 1 { return .ambiguous(exact) }
        let partial = items.filter { names($0).contains { Self.fold($0).hasPrefix(t) } }
        if partial.count == 1 { return .found(partial[0]) }
        if partial.count > 1 { return .ambiguous(partial) }
        return .notFound(suggestions: items.filter { names($0).contains { Self.fold($0).hasPrefix(String(t.prefix(2))) } })
    }

    public func resolveActor(_ name: String) -> Resolution<Actor> { resolve(name, dataset.actors) { [$0.id, $0.name] + $0.aliases } }
    public func resolvePerson(_ name: String) -> Resolution<Person> {
        resolve(name, dataset.people) { [$0.id, $0.name, String($0.name.split(separator: " ").last ?? "")] }
    }
    public func resolvePillar(_ token: String) -> Resolution<Pillar> { resolve(token, dataset.pillars) { [$0.id, String($0.number), $0.title] } }
    public func resolveStance(_ token: String) -> Resolution<StanceValue> { resolve(token, StanceValue.allCases) { [$0.rawValue, $0.label] } }
}
