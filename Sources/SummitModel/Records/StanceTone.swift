/// What a stance means for sending troops, as the front ends colour it: each maps the tone to its own style, so the
/// explorer and the command line can never colour one stance two ways. Colour is never the only cue: the label is.
public enum StanceTone: Hashable, Sendable, CaseIterable {
    /// Would send troops, or is open to it.
    case positive
    /// Only under a condition, or the concept without its own troops.
    case conditional
    /// Rules out its own troops, or opposes any.
    case negative
    /// Not a troop question for this actor, or unclear.
    case neutral
}

extension StanceValue {
    public var tone: StanceTone {
        switch self {
        case .plansPresence, .open: .positive
        case .conditional, .supportsConcept: .conditional
        case .rulesOut, .opposes: .negative
        case .host, .unclear, .notApplicable: .neutral
        }
    }
}
