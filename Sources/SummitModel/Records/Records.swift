// The record kinds of a dataset. Every record carries the span of article text that supports it.

/// A pillar of the declaration, as the article lists it.
public struct Pillar: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    /// 1-based position in the article's list.
    public let number: Int
    /// A short label for lists (our wording, kept close to the clause).
    public let title: String
    /// The clause verbatim from the article.
    public let text: String
    public let span: SourceSpan
    public let note: String?

    public init(id: String, number: Int, title: String, text: String, span: SourceSpan, note: String? = nil) {
        self.id = id
        self.number = number
        self.title = title
        self.text = text
        self.span = span
        self.note = note
    }
}

/// What kind of party an actor is.
public enum ActorKind: String, Hashable, Sendable, Codable, CaseIterable {
    case country, coalition, organisation
}

/// An actor's position on sending its own troops into Ukraine. A closed vocabulary
/// (documented in docs/dataset-format.md); always an interpretation of the article.
public enum StanceValue: String, Hashable, Sendable, Codable, CaseIterable {
    /// Outlines steps for its own presence in Ukraine once there is a ceasefire.
    case plansPresence = "plans-presence"
    /// Signals openness or interest in contributing troops.
    case open
    /// Would contribute only under a stated condition (e.g. a UN mandate).
    case conditional
    /// Backs a peacekeeping force in principle; nothing said about its own troops.
    case supportsConcept = "supports-concept"
    /// Rules out deploying its own troops to Ukraine.
    case rulesOut = "rules-out"
    /// Opposes any foreign (NATO) troops in Ukraine.
    case opposes
    /// The country where a force would deploy.
    case host
    /// The article does not make it clear.
    case unclear
    /// Not a troop-sending party (e.g. the coalition as a body).
    case notApplicable = "not-applicable"

    /// A short word shown beside colour, so a stance never depends on colour alone.
    public var label: String {
        switch self {
        case .plansPresence: "plans presence"
        case .open: "open"
        case .conditional: "conditional"
        case .supportsConcept: "supports concept"
        case .rulesOut: "rules out"
        case .opposes: "opposes"
        case .host: "host"
        case .unclear: "unclear"
        case .notApplicable: "n/a"
        }
    }
}

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

/// A role, contribution or statement the article attributes to an actor.
public struct Role: Hashable, Sendable, Codable {
    public let text: String
    public let span: SourceSpan
    /// Pillar ids this role bears on.
    public let pillars: [String]

    public init(text: String, span: SourceSpan, pillars: [String] = []) {
        self.text = text
        self.span = span
        self.pillars = pillars
    }
}

/// A country or body whose position the article gives.
public struct Actor: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    public let name: String
    public let kind: ActorKind
    /// Other names a user may type (UK, Britain, London…). Matched case- and accent-insensitively.
    public let aliases: [String]
    public let stance: Stance
    public let roles: [Role]
    /// Where the article first introduces the actor's position.
    public let span: SourceSpan

    public init(
        id: String, name: String, kind: ActorKind, aliases: [String], stance: Stance, roles: [Role], span: SourceSpan
    ) {
        self.id = id
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.stance = stance
        self.roles = roles
        self.span = span
    }
}

/// A named person the article mentions: speakers and office holders.
public struct Person: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    public let name: String
    public let role: String?
    public let organisation: String?
    /// The actor the person speaks or acts for, if any (an analyst may speak for none).
    public let actor: String?
    public let span: SourceSpan

    public init(id: String, name: String, role: String?, organisation: String?, actor: String?, span: SourceSpan) {
        self.id = id
        self.name = name
        self.role = role
        self.organisation = organisation
        self.actor = actor
        self.span = span
    }
}

/// A quoted fragment, verbatim.
public struct Quote: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    /// The words inside the quotation marks, exactly as printed (curly apostrophes included).
    public let text: String
    /// Exactly the quoted words in the article.
    public let span: SourceSpan
    /// Person id; nil when the article attributes the words to no person.
    public let speaker: String?
    /// How the article attributes the words, e.g. "Buras said" or "he told RTÉ News".
    public let attribution: String
    /// Fragments of one speaker's passage share a passage id.
    public let passage: String?
    /// Where it was said, when the article says (e.g. "RTÉ News").
    public let venue: String?
    public let pillars: [String]
    public let actors: [String]
    public let note: String?

    public init(
        id: String, text: String, span: SourceSpan, speaker: String?, attribution: String, passage: String? = nil,
        venue: String? = nil, pillars: [String] = [], actors: [String] = [], note: String? = nil
    ) {
        self.id = id
        self.text = text
        self.span = span
        self.speaker = speaker
        self.attribution = attribution
        self.passage = passage
        self.venue = venue
        self.pillars = pillars
        self.actors = actors
        self.note = note
    }
}

/// A number the article gives, with unit, range and qualifier.
public struct Figure: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    public let label: String
    public let value: Double
    /// Upper end when the article gives a range ("50,000 to 100,000").
    public let upper: Double?
    public let unit: String
    /// "just over", "more than", "about"…, as printed.
    public let qualifier: String?
    public let actor: String?
    public let span: SourceSpan
    public let note: String?

    public init(
        id: String, label: String, value: Double, upper: Double? = nil, unit: String, qualifier: String? = nil,
        actor: String? = nil, span: SourceSpan, note: String? = nil
    ) {
        self.id = id
        self.label = label
        self.value = value
        self.upper = upper
        self.unit = unit
        self.qualifier = qualifier
        self.actor = actor
        self.span = span
        self.note = note
    }
}

/// Whether an event is reported as fact by the article or only claimed by a party.
public enum EventStatus: String, Hashable, Sendable, Codable, CaseIterable {
    case reported, claim
}

/// A party disputing a claim.
public struct Dispute: Hashable, Sendable, Codable {
    /// Actor id of the disputing party.
    public let by: String
    public let text: String
    public let span: SourceSpan

    public init(by: String, text: String, span: SourceSpan) {
        self.by = by
        self.text = text
        self.span = span
    }
}

/// Something that happened, with the relative time the article gives. No calendar dates are invented.
public struct Event: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    public let summary: String
    /// Relative time as printed ("on Friday", "late December", "last year"); nil when none is given.
    public let when: String?
    public let actors: [String]
    public let status: EventStatus
    /// For a claim: the actor id making it.
    public let claimedBy: String?
    public let disputes: [Dispute]
    public let span: SourceSpan

    public init(
        id: String, summary: String, when: String?, actors: [String], status: EventStatus,
        claimedBy: String? = nil, disputes: [Dispute] = [], span: SourceSpan
    ) {
        self.id = id
        self.summary = summary
        self.when = when
        self.actors = actors
        self.status = status
        self.claimedBy = claimedBy
        self.disputes = disputes
        self.span = span
    }
}

/// A question the article leaves open.
public struct Question: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    public let text: String
    public let span: SourceSpan
    public let pillars: [String]
    public let actors: [String]

    public init(id: String, text: String, span: SourceSpan, pillars: [String] = [], actors: [String] = []) {
        self.id = id
        self.text = text
        self.span = span
        self.pillars = pillars
        self.actors = actors
    }
}

/// A note on the data itself: an ambiguity or mismatch in the article, shown rather than resolved.
public struct Note: Hashable, Sendable, Codable, Identifiable {
    public let id: String
    public let text: String
    /// Ids of the records the note is about.
    public let about: [String]
    public let span: SourceSpan?

    public init(id: String, text: String, about: [String], span: SourceSpan?) {
        self.id = id
        self.text = text
        self.about = about
        self.span = span
    }
}
