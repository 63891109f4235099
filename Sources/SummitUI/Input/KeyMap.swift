/// What a binding listens for: one key, a sequence of keys pressed one after another (`g g`, from a config
/// file), or any printable character (text entry).
public enum KeyPattern: Hashable, Sendable {
    case key(Key)
    /// Two or more keys; the first ones are a prefix that waits for the rest.
    case sequence([Key])
    case anyCharacter

    public var label: String {
        switch self {
        case .key(let key): key.label
        // "gg" as vim writes it; named keys joined by "+" so a sequence never reads as two bindings.
        case .sequence(let keys):
            keys.allSatisfy { $0.label.count == 1 }
                ? keys.map(\.label).joined() : keys.map(\.label).joined(separator: "+")
        case .anyCharacter: "any character"
        }
    }

    /// The keys a press must match, in order (one for a single key).
    var keys: [Key] {
        switch self {
        case .key(let key): [key]
        case .sequence(let keys): keys
        case .anyCharacter: []
        }
    }
}

/// What a key does after the keys already pressed (`pending`, the start of a sequence).
public enum KeyResolution: Hashable, Sendable {
    /// The key completes a binding (or is unbound: `Command.unbound`).
    case command(Command)
    /// The key starts or continues a sequence: wait for the next one.
    case prefix
}

/// One row of the binding table: keys, the command they run, help text, and the modes they apply in.
public struct Binding: Hashable, Sendable {
    public var keys: [KeyPattern]
    public var command: Command
    public var help: String
    public var modes: [ModeKind]
    /// A one-word label for the status bar; nil keeps the binding out of the status bar.
    public var hint: String?
    /// Lower ranks win a place in a narrow status bar.
    public var hintRank: Int

    public init(
        _ keys: [KeyPattern], _ command: Command, _ help: String, modes: [ModeKind], hint: String? = nil, rank: Int = 50
    ) {
        self.keys = keys
        self.command = command
        self.help = help
        self.modes = modes
        self.hint = hint
        self.hintRank = rank
    }

    public var keyLabel: String { keys.map(\.label).joined(separator: " ") }
}

/// The ONE binding table. The key dispatcher, help overlay, status bar hints, docs/keys.md, the README
/// key table and the man page are all generated from it.
public struct KeyMap: Hashable, Sendable {
    public var bindings: [Binding]
    public init(_ bindings: [Binding]) { self.bindings = bindings }

    /// The command for an input event in a mode.
    public func command(for event: InputEvent, in mode: ModeKind) -> Command {
        switch event {
        case .resize(let size): return .resize(size)
        case .mouse(let m): return .mouse(m)
        case .hangup: return .hangup
        case .terminate: return .terminate
        case .tick: return .tick
        case .key(let key): return command(for: key, in: mode)
        case .paste(let text): return takesText(in: mode) ? .paste(text) : .unbound("a paste")
        }
    }

    /// Like `command(for:in:)` for a key that may belong to a sequence: `pending` holds the keys of a sequence
    /// begun so far. A single-key binding wins over a sequence that starts with the same key.
    public func resolve(_ key: Key, after pending: [Key], in mode: ModeKind) -> KeyResolution {
        if pending.isEmpty {
            let single = command(for: key, in: mode)
            guard case .unbound = single, isPrefix([key], in: mode) else { return .command(single) }
            return .prefix
        }
        let pressed = pending + [key]
        for b in bindings where b.modes.contains(mode) && b.keys.contains(.sequence(pressed)) {
            return .command(b.command)
        }
        if isPrefix(pressed, in: mode) { return .prefix }
        return .command(.unbound(KeyPattern.sequence(pressed).label))
    }

    /// Whether `keys` begin, but do not complete, a sequence bound in `mode`.
    private func isPrefix(_ keys: [Key], in mode: ModeKind) -> Bool {
        bindings.contains { b in
            b.modes.contains(mode)
                && b.keys.contains {
                    if case .sequence(let s) = $0 {
                        s.count > keys.count && Array(s.prefix(keys.count)) == keys
                    } else {
                        false
                    }
                }
        }
    }

    /// Whether typed characters are text in this mode (the search and command prompts).
    public func takesText(in mode: ModeKind) -> Bool {
        bindings.contains { $0.modes.contains(mode) && $0.keys.contains(.anyCharacter) }
    }

    public func command(for key: Key, in mode: ModeKind) -> Command {
        for b in bindings where b.modes.contains(mode) && b.keys.contains(.key(key)) {
            // A row of character keys that type (the digits of a slide number) types the key pressed.
            if case .insertText = b.command, case .character(let c) = key { return .insertText(c) }
            return b.command
        }
        if case .character(let c) = key, takesText(in: mode) { return .insertText(c) }
        return .unbound(key.label)
    }

    /// The events an input stands for in a mode. Terminals send Alt-x as Esc then x, and a quick Esc then x
    /// looks the same: an Alt key with no binding in the mode is taken as those two keys.
    public func events(for event: InputEvent, in mode: ModeKind) -> [InputEvent] {
        guard case .key(.alt(let c)) = event,
            !bindings.contains(where: { $0.modes.contains(mode) && $0.keys.contains(.key(.alt(c))) })
        else { return [event] }
        return [.key(.escape), .key(.character(c))]
    }

    /// How messages and titles name the key for `command` in `mode`: its first key, or with `preferCharacter`
    /// its first printable one (`j` over `↓`); nil when the command has no key there (a config file unbound it).
    public func label(of command: Command, in mode: ModeKind, preferCharacter: Bool = false) -> String? {
        let keys = bindings.filter { $0.command == command && $0.modes.contains(mode) }.flatMap(\.keys)
        let key = (preferCharacter ? keys.first(where: \.isCharacter) : nil) ?? keys.first
        return key?.label
    }

    /// The bindings that apply in a mode, in table order.
    public func bindings(in mode: ModeKind) -> [Binding] { bindings.filter { $0.modes.contains(mode) } }

    private static func k(_ c: Character) -> KeyPattern { .key(.character(c)) }
    private static let listModes: [ModeKind] = [.browse, .help, .source, .counts]
    private static let digits: [KeyPattern] = (0...9).map { k(Character(String($0))) }
    private static let always: [ModeKind] = ModeKind.allCases

    public static let standard = KeyMap([
        Binding([.key(.tab)], .nextPane, "Focus the next pane", modes: [.browse], hint: "pane"),
        Binding([.key(.backTab)], .prevPane, "Focus the previous pane", modes: [.browse]),
        Binding([k("1")], .focus(.pillars), "Focus the Pillars pane", modes: [.browse]),
        Binding([k("2")], .focus(.positions), "Focus the Positions pane", modes: [.browse]),
        Binding([k("3")], .focus(.quotes), "Focus the Quotes pane", modes: [.browse]),
        Binding([k("4")], .focus(.detail), "Focus the Detail pane", modes: [.browse]),
        Binding([k("5")], .focus(.figures), "Show and focus the Figures pane", modes: [.browse]),
        Binding([k("6")], .focus(.events), "Show and focus the Events pane", modes: [.browse]),
        Binding([k("7")], .focus(.questions), "Show and focus the Questions pane", modes: [.browse]),
        Binding([.key(.down), k("j")], .moveDown, "Move down one line", modes: listModes),
        Binding([.key(.up), k("k")], .moveUp, "Move up one line", modes: listModes),
        Binding([.key(.pageDown)], .pageDown, "Move down one page", modes: listModes),
        Binding([.key(.pageUp)], .pageUp, "Move up one page", modes: listModes),
        Binding([k("g"), .key(.home)], .first, "Go to the first line", modes: listModes),
        Binding([k("G"), .key(.end)], .last, "Go to the last line", modes: listModes),
        Binding(
            [.key(.enter)], .openDetail, "Open the selected record in Detail; in Detail, follow the selected link",
            modes: [.browse], hint: "detail", rank: 7),
        Binding(
            [.key(.escape)], .back, "Go back: leave the Detail pane, help, counts or source view",
            modes: [.browse, .help, .source, .counts], hint: "back", rank: 8),
        Binding(
            [k("/")], .searchStart, "Search all panes as you type (in the source view: search the article)",
            modes: [.browse, .source], hint: "search", rank: 1),
        Binding(
            [k(" "), k("f")], .filterLinked, "Filter other panes to records linked to the selected one",
            modes: [.browse], hint: "link", rank: 4),
        Binding([.key(.backspace)], .filterDropLast, "Drop the last filter chip", modes: [.browse]),
        Binding([k("c")], .filterClear, "Clear all filter chips", modes: [.browse], hint: "clear"),
        Binding(
            [k(":")], .commandLine, "Commands: :actor :stance :speaker :pillar :kind :pins :goto :clear",
            modes: [.browse], hint: "command", rank: 6),
        Binding(
            [k("m")], .pinToggle, "Pin or unpin the selected record for a briefing (◆ marks pins)", modes: [.browse],
            hint: "pin", rank: 9),
        Binding([k("K")], .pinMoveUp, "Move the selected pin earlier in the pin order (see :pins)", modes: [.browse]),
        Binding([k("J")], .pinMoveDown, "Move the selected pin later in the pin order", modes: [.browse]),
        Binding(
            [k("s")], .sourceView, "Show the selected record in the article (again to go back)",
            modes: [.browse, .source], hint: "source", rank: 5),
        Binding(
            [k("n")], .nextMatch, "Next row of the focused list matching the last search (in the article: next hit)",
            modes: [.browse, .source]),
        Binding(
            [k("N")], .previousMatch,
            "Previous row of the focused list matching the last search (in the article: previous hit)",
            modes: [.browse, .source]),
        Binding(
            [k("["), .key(.control("o"))], .trailBack, "Back to the record opened before (the trail in Detail)",
            modes: [.browse]),
        Binding([k("]")], .trailForward, "Forward again along the trail", modes: [.browse]),
        Binding(
            [k("y")], .copyRecord, "Copy the selected record with its [id ¶N] reference (OSC 52)", modes: [.browse],
            hint: "copy", rank: 9),
        Binding(
            [k("Y")], .copyCommand, "Copy the summit command that lists what the focused pane shows", modes: [.browse]),
        Binding(
            [k("p")], .present, "Present the briefing as slides (the pins alone under :pins), from the selected record",
            modes: [.browse], hint: "present"),
        Binding(
            [k("z")], .zoom, "Zoom: the focused pane alone, full screen, for showing a room (again to go back)",
            modes: [.browse]),
        Binding(
            [k("F")], .facetCounts, "Count the focused list by stance, speaker, pillar or actor (again to close)",
            modes: [.browse, .counts], hint: "counts", rank: 9),
        Binding(
            [k("?")], .help, "Show or hide this help", modes: [.browse, .help, .source, .present, .counts],
            hint: "help", rank: 2),
        Binding([k("q")], .quit, "Quit", modes: [.browse, .help, .source, .counts], hint: "quit", rank: 3),
        Binding([.key(.control("c"))], .interrupt, "Quit at once (exit status 130)", modes: always),
        Binding([.key(.control("l"))], .redraw, "Redraw the screen", modes: always),
        Binding(
            [.key(.control("z"))], .suspend, "Suspend; `fg` in the shell resumes",
            modes: [.browse, .help, .source, .present]),
        Binding(
            [.anyCharacter], .insertText(" "), "Type into the search or command line",
            modes: [.search, .command, .sourceSearch]),
        Binding(
            [.key(.backspace)], .editPrompt(.deleteBackward),
            "Delete the character before the cursor (on an empty / line: leave search)",
            modes: [.search, .command, .sourceSearch]),
        Binding(
            [.key(.delete), .key(.control("d"))], .editPrompt(.deleteForward), "Delete the character under the cursor",
            modes: [.search, .command, .sourceSearch]),
        Binding(
            [.key(.left), .key(.control("b"))], .editPrompt(.left), "Move the cursor left",
            modes: [.search, .command, .sourceSearch]),
        Binding(
            [.key(.right), .key(.control("f"))], .editPrompt(.right), "Move the cursor right",
            modes: [.search, .command, .sourceSearch]),
        Binding(
            [.key(.home), .key(.control("a"))], .editPrompt(.home), "Move the cursor to the start of the line",
            modes: [.search, .command, .sourceSearch]),
        Binding(
            [.key(.end), .key(.control("e"))], .editPrompt(.end), "Move the cursor to the end of the line",
            modes: [.search, .command, .sourceSearch]),
        Binding(
            [.key(.alt("b"))], .editPrompt(.wordLeft), "Move the cursor back one word",
            modes: [.search, .command, .sourceSearch]),
        Binding(
            [.key(.alt("f"))], .editPrompt(.wordRight), "Move the cursor forward one word",
            modes: [.search, .command, .sourceSearch]),
        Binding(
            [.key(.control("u"))], .editPrompt(.deleteToStart), "Delete from the start of the line to the cursor",
            modes: [.search, .command, .sourceSearch]),
        Binding(
            [.key(.control("k"))], .editPrompt(.deleteToEnd), "Delete from the cursor to the end of the line",
            modes: [.search, .command, .sourceSearch]),
        Binding(
            [.key(.control("w"))], .editPrompt(.deleteWordBackward), "Delete the word before the cursor",
            modes: [.search, .command, .sourceSearch]),
        // ↑ ↓ recall in the prompts that have no rows to move; while a search is typed they move rows (↑ on an
        // empty / line recalls, as a shell does: the reducer's `moveUp`), and Ctrl-P / Ctrl-N recall there.
        Binding(
            [.key(.up), .key(.control("p"))], .historyOlder,
            "Recall the previous command or article search (kept across sessions)", modes: [.command, .sourceSearch],
            hint: "recall", rank: 3),
        Binding(
            [.key(.down), .key(.control("n"))], .historyNewer,
            "Recall the next command or article search (then the line you were typing)",
            modes: [.command, .sourceSearch]),
        Binding(
            [.key(.control("p"))], .historyOlder, "Recall the previous search (↑ too, on an empty line)",
            modes: [.search], hint: "recall", rank: 3),
        Binding(
            [.key(.control("n"))], .historyNewer, "Recall the next search (then the line you were typing)",
            modes: [.search]),
        // While typing, letters are text: only the arrows move.
        Binding([.key(.down)], .moveDown, "Move the selection down while typing", modes: [.search]),
        Binding(
            [.key(.up)], .moveUp, "Move the selection up while typing (on an empty line: recall the last search)",
            modes: [.search]),
        Binding([.key(.tab)], .nextPane, "Focus the next pane while typing", modes: [.search]),
        Binding([.key(.backTab)], .prevPane, "Focus the previous pane while typing", modes: [.search]),
        Binding(
            [.key(.enter)], .searchAccept, "Keep the search as a filter chip (in the article: keep its hits marked)",
            modes: [.search, .sourceSearch], hint: "keep", rank: 1),
        Binding(
            [.key(.escape)], .searchCancel, "Cancel the search", modes: [.search, .sourceSearch], hint: "cancel",
            rank: 2),
        Binding(
            [.key(.tab)], .commandComplete, "Complete the command name or value", modes: [.command], hint: "complete",
            rank: 1),
        Binding([.key(.enter)], .commandAccept, "Run the command", modes: [.command], hint: "run", rank: 2),
        Binding([.key(.escape)], .commandCancel, "Cancel the command line", modes: [.command], hint: "cancel", rank: 2),
        Binding(
            [.key(.right), .key(.down), k(" "), .key(.pageDown), k("n"), k("l"), k("j")], .slideNext, "Next slide",
            modes: [.present]),
        Binding(
            [.key(.left), .key(.up), .key(.pageUp), k("p"), k("h"), k("k"), .key(.backspace)], .slidePrevious,
            "Previous slide", modes: [.present]),
        Binding([.key(.home), k("g")], .slideFirst, "First slide", modes: [.present]),
        Binding([.key(.end), k("G")], .slideLast, "Last slide", modes: [.present]),
        Binding(digits, .insertText(" "), "Type a slide number (then Enter)", modes: [.present]),
        Binding([.key(.enter)], .slideGo, "Go to the slide number typed", modes: [.present]),
        Binding([k("b")], .slideBlank, "Blank the screen (again, or any slide key, to come back)", modes: [.present]),
        Binding([k("r")], .redraw, "Redraw the screen", modes: [.present]),
        Binding(
            [k("a")], .slideAuto, "Pause or resume auto-advance (--auto SECONDS); any other key pauses it",
            modes: [.present]),
        Binding(
            [k("q"), .key(.escape)], .presentLeave, "Leave: back to the explorer, or out of summit present",
            modes: [.present]),
        Binding(
            [.key(.enter), k(" ")], .facetPick, "Filter by the selected value (a chip), and close the counts",
            modes: [.counts], hint: "filter", rank: 1),
    ])
}

extension Key {
    /// How the key is written in help and docs.
    public var label: String {
        switch self {
        case .character(" "): "Space"
        case .character(let c): String(c)
        case .control(let c): "Ctrl-" + String(c).uppercased()
        case .alt(let c): "Alt-" + String(c).uppercased()
        case .up: "↑"
        case .down: "↓"
        case .left: "←"
        case .right: "→"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .escape: "Esc"
        case .tab: "Tab"
        case .backTab: "Shift-Tab"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .function(let n): "F\(n)"
        }
    }
}

/// Rebinding from a config file: commands named as in the help (`move-down`), keys replaced as a whole.
extension KeyMap {
    /// The commands a config file may rebind: every command of the table that listens for keys (not the typing
    /// of text), in table order, each once.
    public var bindableCommands: [String] {
        // A command that types text anywhere (insert-text, also the slide number's digits when presenting) is not one.
        let typing = Set(bindings.filter { $0.keys.contains(.anyCharacter) }.map(\.command.name))
        var seen = Set<String>()
        return bindings.map(\.command.name).filter { !typing.contains($0) && seen.insert($0).inserted }
    }

    /// The modes in which `command` is bound.
    public func modes(of command: String) -> Set<ModeKind> {
        Set(bindings.filter { $0.command.name == command }.flatMap(\.modes))
    }

    /// Modes in which printable characters are text (search and command lines): there a character key cannot
    /// run a command.
    public var textModes: Set<ModeKind> { Set(ModeKind.allCases.filter(takesText(in:))) }

    /// The table with the keys of each named command replaced by `keys`, in every row of that command; in a text
    /// mode a row keeps only the keys that are not characters. A key given to a command is taken away from every
    /// other command bound in a mode they share, so one key always means one command. Unknown names are ignored
    /// (the config reader reports them).
    public func rebinding(_ changes: [(command: String, keys: [Key])]) -> KeyMap {
        rebinding(changes.map { ($0.command, $0.keys.map(KeyPattern.key)) })
    }

    /// As above, with sequences (`.sequence([g, g])`) among the keys. A sequence also takes its first key from
    /// other commands in the modes they share, or that key would run them before the sequence could go on.
    public func rebinding(_ changes: [(command: String, patterns: [KeyPattern])]) -> KeyMap {
        var result = self
        let text = textModes
        for change in changes {
            let modes = self.modes(of: change.command)
            let patterns = change.patterns
            let starts = Set(
                patterns.compactMap { if case .sequence(let keys) = $0 { KeyPattern.key(keys[0]) } else { nil } })
            // Keys an earlier row of the command already gives in every mode of a later row are not repeated there
            // (redraw: Ctrl-L everywhere, then r in present), so rebinding a command to its own keys changes nothing.
            var given: [ModeKind: Set<KeyPattern>] = [:]
            for i in result.bindings.indices {
                let row = result.bindings[i]
                if row.keys.contains(.anyCharacter) {
                    continue  // the typing of text is never rebound
                } else if row.command.name == change.command {
                    let typing = !text.isDisjoint(with: row.modes)
                    let keys = (typing ? patterns.filter { !$0.isCharacter } : patterns).filter { pattern in
                        !row.modes.allSatisfy { given[$0]?.contains(pattern) == true }
                    }
                    for mode in row.modes { given[mode, default: []].formUnion(keys) }
                    result.bindings[i].keys = keys
                } else if !modes.isDisjoint(with: row.modes) {
                    result.bindings[i].keys.removeAll { patterns.contains($0) || starts.contains($0) }
                }
            }
        }
        return result
    }
}

/// Rebinding in one mode (`[keys.command]` in a config file): a key can mean one command in a prompt and another
/// in the lists (↑ recalls in the `:` line and moves rows while a search is typed).
extension KeyMap {
    /// The keys of `command` in `mode` become `patterns` (less the characters, in a text mode); other modes keep
    /// theirs. A row shared with other modes is split, and a key given here is taken from every other command in
    /// this mode only. Rows left alike but for their modes are joined again, so a rebinding to the table's own keys
    /// gives the table back.
    public func rebinding(_ command: String, to patterns: [KeyPattern], in mode: ModeKind) -> KeyMap {
        let wanted = textModes.contains(mode) ? patterns.filter { !$0.isCharacter } : patterns
        let starts = Set(
            wanted.compactMap { if case .sequence(let keys) = $0 { KeyPattern.key(keys[0]) } else { nil } })
        var rows: [Binding] = []
        var given = Set<KeyPattern>()
        for row in bindings {
            guard row.modes.contains(mode), !row.keys.contains(.anyCharacter) else {
                rows.append(row)
                continue
            }
            let keys: [KeyPattern]
            if row.command.name == command {
                keys = wanted.filter { !given.contains($0) }
                given.formUnion(keys)
            } else {
                keys = row.keys.filter { !wanted.contains($0) && !starts.contains($0) }
            }
            guard keys != row.keys else {
                rows.append(row)
                continue
            }
            var rest = row
            rest.modes.removeAll { $0 == mode }
            if !rest.modes.isEmpty { rows.append(rest) }
            var piece = row
            piece.modes = [mode]
            piece.keys = keys
            rows.append(piece)
        }
        return KeyMap(Self.joiningAlike(rows))
    }

    /// Adjacent rows that differ only in their modes, as one row (modes in `ModeKind.allCases` order).
    static func joiningAlike(_ rows: [Binding]) -> [Binding] {
        var out: [Binding] = []
        for row in rows {
            if var last = out.last, last.command == row.command, last.keys == row.keys, last.help == row.help,
                last.hint == row.hint, last.hintRank == row.hintRank
            {
                let modes = Set(last.modes + row.modes)
                last.modes = ModeKind.allCases.filter(modes.contains)
                out[out.count - 1] = last
            } else {
                out.append(row)
            }
        }
        return out
    }

    /// Each mode's keys for `command` (those the rows bound in it give), for the modes it is bound in.
    public func keys(of command: String) -> [(mode: ModeKind, keys: [KeyPattern])] {
        ModeKind.allCases.compactMap { mode in
            let rows = bindings.filter { $0.command.name == command && $0.modes.contains(mode) }
            guard !rows.isEmpty else { return nil }
            var seen = Set<KeyPattern>()
            return (mode, rows.flatMap(\.keys).filter { seen.insert($0).inserted })
        }
    }
}

extension ModeKind {
    /// How a config file names the mode: `[keys.command]`.
    public var configName: String {
        switch self {
        case .sourceSearch: "source-search"
        default: "\(self)"
        }
    }

    public init?(configName: String) {
        guard let mode = ModeKind.allCases.first(where: { $0.configName == configName }) else { return nil }
        self = mode
    }
}

extension KeyPattern {
    /// A printable character key (or a sequence of them): text, not a command, while a search or command line is
    /// typed.
    public var isCharacter: Bool {
        switch self {
        case .key(.character): true
        case .sequence(let keys): keys.allSatisfy { if case .character = $0 { true } else { false } }
        default: false
        }
    }
}
