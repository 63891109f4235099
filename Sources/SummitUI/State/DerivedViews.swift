import SummitModel

/// Views derived from the rest of the state, the index and the key map: what the reducer needs to know about
/// the screen (the rows of each list, how tall the detail text and the help are) and what the renderers draw.
/// Not part of the state's identity: two states that differ only here are equal, since each entry is a pure
/// function of the rest and is used only while what it was computed from still fits.
struct DerivedViews: Hashable, Sendable {
    var lists: FilteredLists?
    /// The records linked to the detail pane's subject.
    var linked: LinkedRecords?
    /// The detail pane's text, wrapped to the pane (while the pane is on screen).
    var detail: DetailText?
    /// The help box and its text (while help is open).
    var help: HelpBox?
    /// The article wrapped at the source view's width (while the source view is open).
    var source: WrappedSource?
    /// Column widths of the Positions list's actors (once per index).
    var actorColumns: ActorColumns?
    /// How often each view was computed, so a test can hold a key to one refresh and one build of each.
    var builds = Builds()

    struct Builds: Hashable, Sendable {
        var refreshes = 0, lists = 0, linked = 0, detail = 0, help = 0, source = 0
    }

    static func == (a: DerivedViews, b: DerivedViews) -> Bool { true }
    func hash(into hasher: inout Hasher) {}
}

extension ExplorerState {
    /// Brings every derived view up to date; each is computed only when what it depends on changed. The reducer
    /// calls it once per command, at the end (see `normalize`).
    mutating func refreshViews(_ index: DatasetIndex, keyMap: KeyMap) {
        derived.builds.refreshes += 1
        keepLists(index)
        if derived.actorColumns?.fits(index) != true { derived.actorColumns = ActorColumns(index) }
        let layout = self.layout
        if let subject = subject(index) {
            if derived.linked?.fits(subject, index) != true {
                derived.linked = LinkedRecords(subject, index)
                derived.builds.linked += 1
            }
            if let width = layout.panes[.detail]?.width,
                derived.detail?.fits(subject, width: width, queries: highlightQueries, glyphs: glyphs, index) != true
            {
                derived.detail = DetailText(
                    subject, index, width: width, queries: highlightQueries, glyphs: glyphs, linked: derived.linked)
                derived.builds.detail += 1
            }
        }
        if case .help = mode, derived.help?.fits(helpKeys(keyMap), size: size) != true {
            derived.help = HelpBox(helpKeys(keyMap), size: size)
            derived.builds.help += 1
        }
        if mode.article != nil { keepWrappedSource(index) }
    }

    /// Brings the rows of the lists up to date with the chips and draft. Commands that change them call it
    /// before acting on the new rows (picking the best match, moving to a pane that has rows).
    mutating func keepLists(_ index: DatasetIndex) {
        let key = FilteredLists.key(self)
        if derived.lists?.fits(key, index) != true {
            derived.lists = FilteredLists(key: key, index, previous: derived.lists)
            derived.builds.lists += 1
        }
    }

    /// The Positions list's column widths: the kept ones when they fit, else measured afresh.
    func actorColumns(_ index: DatasetIndex) -> ActorColumns {
        if let kept = derived.actorColumns, kept.fits(index) { return kept }
        return ActorColumns(index)
    }

    /// Keeps the article wrapped at the source view's width.
    mutating func keepWrappedSource(_ index: DatasetIndex) {
        let width = layout.body.width
        if derived.source?.fits(width: width, index) != true {
            derived.source = WrappedSource(index, width: width)
            derived.builds.source += 1
        }
    }

    /// The article wrapped for the source view at `width`: the kept one when it fits, else wrapped afresh.
    func wrappedSource(width: Int, _ index: DatasetIndex) -> WrappedSource {
        if let kept = derived.source, kept.fits(width: width, index) { return kept }
        return WrappedSource(index, width: width)
    }

    /// The detail text of `subject` at `width`: the kept one when it fits, else built afresh.
    func detailText(_ subject: RecordRef, width: Int, _ index: DatasetIndex) -> DetailText {
        if let kept = derived.detail, kept.fits(subject, width: width, queries: highlightQueries, glyphs: glyphs, index)
        {
            return kept
        }
        return DetailText(
            subject, index, width: width, queries: highlightQueries, glyphs: glyphs, linked: derived.linked)
    }

    /// The help box for `keyMap` at the current size: the kept one when it fits, else laid out afresh.
    func helpBox(_ keyMap: KeyMap) -> HelpBox {
        let keys = helpKeys(keyMap)
        if let kept = derived.help, kept.fits(keys, size: size) { return kept }
        return HelpBox(keys, size: size)
    }

    /// The keys help lists: while presenting, the presentation's own (a room needs no explorer keys).
    func helpKeys(_ keyMap: KeyMap) -> KeyMap {
        guard modeUnderHelp.kind == .present else { return keyMap }
        // All under one heading: the slide keys first, then those shared with the explorer (?, Ctrl-C…).
        let rows = keyMap.bindings(in: .present)
        let own = rows.filter { $0.modes.first == .present }
        let shared = rows.filter { $0.modes.first != .present }
        return KeyMap(
            (own + shared).map { binding in
                var binding = binding
                binding.modes = [.present]
                return binding
            })
    }
}
