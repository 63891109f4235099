import SummitModel

/// The text of the `/` or `:` prompt and where the cursor stands in it, with the edits a shell line offers
/// (readline's names in `PromptEdit`). Characters are held in an array so each edit touches only what it moves:
/// one edit is linear in the draft at most, never more.
public struct PromptLine: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    public private(set) var characters: [Character]
    /// Index in `characters` the next typed character goes before: 0 … characters.count.
    public private(set) var cursor: Int

    /// `text` with the cursor at its end, as after typing it.
    public init(_ text: String = "") {
        characters = Array(text)
        cursor = characters.count
    }

    public init(stringLiteral value: String) { self.init(value) }

    public var text: String { String(characters) }
    public var description: String { text }
    public var isEmpty: Bool { characters.isEmpty }

    /// The text before the cursor (what the status bar measures to place it).
    public var beforeCursor: String { String(characters[..<cursor]) }

    /// Types `text` at the cursor.
    public mutating func insert(_ text: String) {
        let new = Array(text)
        characters.insert(contentsOf: new, at: cursor)
        cursor += new.count
    }

    /// Applies one editing key.
    public mutating func apply(_ edit: PromptEdit) {
        switch edit {
        case .left: cursor = max(0, cursor - 1)
        case .right: cursor = min(characters.count, cursor + 1)
        case .home: cursor = 0
        case .end: cursor = characters.count
        case .wordLeft: cursor = wordStart(before: cursor)
        case .wordRight: cursor = wordEnd(after: cursor)
        case .deleteBackward:
            guard cursor > 0 else { return }
            characters.remove(at: cursor - 1)
            cursor -= 1
        case .deleteForward:
            guard cursor < characters.count else { return }
            characters.remove(at: cursor)
        case .deleteToStart:
            characters.removeSubrange(0..<cursor)
            cursor = 0
        case .deleteToEnd:
            characters.removeSubrange(cursor...)
        case .deleteWordBackward:
            // Ctrl-W as in a shell: the blanks before the cursor, then the word before them.
            var start = cursor
            while start > 0, characters[start - 1] == " " { start -= 1 }
            while start > 0, characters[start - 1] != " " { start -= 1 }
            characters.removeSubrange(start..<cursor)
            cursor = start
        }
    }

    /// Alt-B: the start of the word before `i` (words are runs of letters and digits, as in readline).
    private func wordStart(before i: Int) -> Int {
        var j = i
        while j > 0, !isWord(characters[j - 1]) { j -= 1 }
        while j > 0, isWord(characters[j - 1]) { j -= 1 }
        return j
    }

    /// Alt-F: the end of the word after `i`.
    private func wordEnd(after i: Int) -> Int {
        var j = i
        while j < characters.count, !isWord(characters[j]) { j += 1 }
        while j < characters.count, isWord(characters[j]) { j += 1 }
        return j
    }

    private func isWord(_ c: Character) -> Bool { c.isLetter || c.isNumber }
}

/// One editing key of a prompt. `name` is the command's stable name in help, docs and key scripts.
public enum PromptEdit: String, Hashable, Sendable, CaseIterable {
    case left, right, home, end, wordLeft, wordRight
    case deleteBackward, deleteForward, deleteToStart, deleteToEnd, deleteWordBackward

    public var name: String {
        switch self {
        case .left: "cursor-left"
        case .right: "cursor-right"
        case .home: "cursor-home"
        case .end: "cursor-end"
        case .wordLeft: "cursor-word-left"
        case .wordRight: "cursor-word-right"
        case .deleteBackward: "delete-char"
        case .deleteForward: "delete-char-forward"
        case .deleteToStart: "delete-to-start"
        case .deleteToEnd: "delete-to-end"
        case .deleteWordBackward: "delete-word-backward"
        }
    }
}

extension PromptLine {
    /// The part of the line shown in `width` columns and the cursor's column in it. A line that does not fit is
    /// shown around the cursor, cut with "…" where it continues, so the cursor and what surrounds it stay in
    /// sight at 40 columns. One pass over the line.
    public func visible(width: Int) -> (text: String, cursor: Int) {
        let widths = characters.map(TextWidth.of)
        let total = widths.reduce(0, +)
        let before = widths[..<cursor].reduce(0, +)
        if total < width || width < 3 { return (text, before) }
        // Keep about a third of the room after the cursor, where the next characters will go.
        let room = width - 2
        var start = cursor
        var used = 0
        let wantedBefore = room - max(1, room / 3)
        while start > 0, used + widths[start - 1] <= wantedBefore {
            start -= 1
            used += widths[start]
        }
        var end = cursor
        while end < characters.count, used + widths[end] <= room {
            used += widths[end]
            end += 1
        }
        while start > 0, used + widths[start - 1] <= room {
            start -= 1
            used += widths[start]
        }
        let left = start > 0 ? "…" : ""
        let right = end < characters.count ? "…" : ""
        let shownBefore = widths[start..<cursor].reduce(0, +)
        return (left + String(characters[start..<end]) + right, TextWidth.of(left) + shownBefore)
    }
}
