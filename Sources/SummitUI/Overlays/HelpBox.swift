import SummitModel

/// The help box laid out for one terminal size and key map: where it goes and the wrapped text the arrows
/// scroll through. A derived view (see `DerivedViews`): the reducer's scroll limit and the overlay's drawing
/// read the same one, built from the key map the loop was given.
struct HelpBox: Sendable {
    /// What the box was computed from; it is used only while both still hold.
    let keyMap: KeyMap
    let size: Size
    /// The box's rectangle; nil when the terminal is too small for one.
    let box: Rect?
    /// The help text wrapped to fit the box.
    let lines: [[StyledChar]]

    init(_ keyMap: KeyMap, size: Size) {
        self.keyMap = keyMap
        self.size = size
        // Narrow terminals get the whole width (nothing half-covered at the edges) and a narrower key column.
        let w = size.width < 60 ? size.width : min(size.width - 2, 78)
        let longestKey = keyMap.bindings.map { TextWidth.of($0.keyLabel) }.max() ?? 0
        // Room for the usual key names ("Shift-Tab", "Backspace"); a longer one gets a line of its own.
        let keyColumn = min(longestKey, 16, max(9, w / 4))
        // The box is as tall as its text allows, so the text is wrapped here once and kept with the box.
        let text = HelpOverlay.lines(keyMap, keyColumn: keyColumn, width: max(1, w - 3))
        let h = min(size.height - 2, text.count + 2)
        guard w >= 10, h >= 3 else {
            box = nil
            lines = []
            return
        }
        box = Rect(x: (size.width - w) / 2, y: (size.height - h) / 2, width: w, height: h)
        lines = text
    }

    func fits(_ keyMap: KeyMap, size: Size) -> Bool { self.size == size && self.keyMap == keyMap }

    /// Text rows inside the frame.
    var rows: Int { max(0, (box?.height ?? 0) - 2) }

    /// The largest useful scroll: the last line at the bottom of the box.
    var maxScroll: Int { max(0, lines.count - rows) }
}
