import SummitModel

/// A stance as symbol + word, and its semantic style.
public enum StanceBadge {
    public static func symbol(_ v: StanceValue) -> String {
        switch v {
        case .plansPresence: "▲"
        case .open: "+"
        case .conditional: "~"
        case .supportsConcept: "○"
        case .rulesOut: "✗"
        case .opposes: "⊘"
        case .host: "⌂"
        case .unclear: "?"
        case .notApplicable: "·"
        }
    }

    /// Symbol and word; `compact` keeps the first word only ("▲ plans", "○ supports") for narrow panes.
    public static func text(_ v: StanceValue, compact: Bool = false) -> String {
        symbol(v) + " " + (compact && v != .rulesOut ? String(v.label.split(separator: " ").first ?? "") : v.label)
    }

    /// The explorer's style for the stance's tone (the model decides the tone, see `StanceValue.tone`).
    public static func style(_ v: StanceValue) -> Style {
        switch v.tone {
        case .positive: .stancePositive
        case .conditional: .stanceConditional
        case .negative: .stanceNegative
        case .neutral: .stanceNeutral
        }
    }
}
