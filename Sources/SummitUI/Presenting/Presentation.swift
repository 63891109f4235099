import SummitModel

/// A briefing being presented: the outline, its slides at the current size, where we are, and the room's switches
/// (blank screen, a slide number being typed, auto-advance). Part of the explorer's state (`Mode.present`), so the
/// same loop, key table and reducer serve both, and `q` goes back to where the explorer was.
public struct Presentation: Hashable, Sendable {
    public let outline: BriefingOutline
    public private(set) var deck: SlideDeck
    /// The slide shown, 0-based.
    public private(set) var page = 0
    /// `b`: an empty screen, as presentation tools offer; any slide key brings the slide back.
    public var blank = false
    /// Digits typed so far of a slide number; Enter goes there.
    public var digits = ""
    /// `--auto SECONDS`: the delay between slides, nil without auto-advance.
    public var autoSeconds: Double?
    /// Whether auto-advance is running; any key pauses it, `a` resumes.
    public var autoRunning = false
    /// Started by `summit present`: leaving ends summit instead of returning to the explorer.
    public let standalone: Bool
    /// The article's paragraphs, numbered once, for the footer's `[id ¶N]`.
    public let paragraphs: Paragraphs

    public init(
        outline: BriefingOutline, _ index: DatasetIndex, size: Size, standalone: Bool, showing ref: RecordRef? = nil,
        autoSeconds: Double? = nil
    ) {
        self.outline = outline
        self.standalone = standalone
        paragraphs = Paragraphs(text: index.dataset.source.text)
        deck = SlideDeck(outline, index, size: size)
        if let ref, let found = deck.page(showing: ref, in: outline) { page = found }
        self.autoSeconds = autoSeconds
        autoRunning = autoSeconds != nil
    }

    public var count: Int { deck.pages.count }
    public var current: SlideDeck.Page { deck.pages[page] }
    public var section: BriefingSection { outline.sections[current.section] }

    public mutating func go(to n: Int) {
        page = min(max(0, n), count - 1)
        blank = false
    }

    /// Lays the slides out again at a new size, keeping the first item of the slide on screen.
    public mutating func resize(to size: Size, _ index: DatasetIndex) {
        guard size != deck.size else { return }
        let keep = current
        deck = SlideDeck(outline, index, size: size)
        page = deck.page(section: keep.section, item: keep.items.lowerBound)
    }
}
