import SummitModel

/// Positions: each actor with its stance as a symbol AND a word, so colour is never the only cue.
enum PositionsPane {
    static func render(_ grid: inout CellGrid, _ ctx: PaneContext) {
        let rows = ctx.state.rows(of: .positions, ctx.index)
        let actors = rows.compactMap { ctx.index.actor(id: $0.id) }
        let nameWidth = min(18, actors.map { TextWidth.of($0.name) }.max() ?? 0)
        func stanceWidth(compact: Bool) -> Int {
            actors.map { TextWidth.of(StanceBadge.text($0.stance.value, compact: compact)) }.max() ?? 0
        }
        ListPane.render(&grid, ctx) { ref, width in
            guard let a = ctx.index.actor(id: ref.id) else { return Styled.chars(ref.id, .normal) }
            // When names and full stance words do not both fit, the stance words shorten first: a cut name
            // ("United Kin…", "United Sta…") hides which country it is.
            let compact = width - stanceWidth(compact: false) - 2 < nameWidth
            let stanceWidth = stanceWidth(compact: compact)
            let stance = StanceBadge.text(a.stance.value, compact: compact)
            // One name column for all rows; names are cut before the stance so the stance word stays visible.
            let room = max(4, min(nameWidth, width - stanceWidth - 2))
            let name = TextWidth.fit(a.name, to: room)
            return Styled.chars(name, .normal, highlight: ctx.state.highlightQueries)
                + Styled.chars("  ", .normal) + Styled.chars(stance, StanceBadge.style(a.stance.value))
        }
    }
}

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

    public static func style(_ v: StanceValue) -> Style {
        switch v {
        case .plansPresence, .open: .stancePositive
        case .conditional, .supportsConcept: .stanceConditional
        case .rulesOut, .opposes: .stanceNegative
        case .host, .unclear, .notApplicable: .stanceNeutral
        }
    }
}
