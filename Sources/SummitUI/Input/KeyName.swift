/// Keys as people write them in a config file: the labels of help and docs (`PgDn`, `Ctrl-C`, `↓`, `Space`)
/// and the common spellings of other tools (`Down`, `PageDown`, `Escape`, `Return`, `C-c`).
extension Key {
    /// Names matched without regard to case, each with the key it stands for.
    private static let named: [String: Key] = {
        var table: [String: Key] = [
            "space": .character(" "), "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape,
            "tab": .tab, "shift-tab": .backTab, "backtab": .backTab, "backspace": .backspace, "bs": .backspace,
            "delete": .delete, "del": .delete, "up": .up, "down": .down, "left": .left, "right": .right,
            "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end,
            "↑": .up, "↓": .down, "←": .left, "→": .right,
        ]
        for n in 1...12 { table["f\(n)"] = .function(n) }
        return table
    }()

    /// Reads one key: a single character as itself (case matters: `g` and `G` differ), a name from the table
    /// above, or `Ctrl-X` / `C-x` for a control letter. Nil for anything else.
    public init?(name: String) {
        if name.count == 1, let c = name.first, !c.isWhitespace || c == " " {
            if let scalar = c.unicodeScalars.first, c.unicodeScalars.count == 1,
                scalar.value < 0x20 || scalar.value == 0x7F
            {
                return nil
            }
            self = .character(c)
            return
        }
        let lower = name.lowercased()
        if let key = Self.named[lower] {
            self = key
            return
        }
        for prefix in ["ctrl-", "ctrl+", "c-"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            if rest.count == 1, let c = rest.first, c.isASCII, c.isLetter {
                self = .control(c)
                return
            }
        }
        for prefix in ["alt-", "alt+", "m-", "meta-"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            if rest.count == 1, let c = rest.first, c.isASCII, c.isLetter {
                self = .alt(c)
                return
            }
        }
        return nil
    }

    /// The names a config file may use, for messages.
    public static let nameExamples =
        "a single character (q, G, /), Space, Enter, Esc, Tab, Shift-Tab, Backspace, Delete, Up, Down, Left, Right, PgUp, PgDn, Home, End, F1–F12, Ctrl-X, Alt-X"
}
