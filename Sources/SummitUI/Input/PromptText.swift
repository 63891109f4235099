import SummitModel

/// What the `/` and `:` prompts accept. A draft holds at most `limit` characters, so no edit, search or
/// highlight can grow past a bound a user can reach by pasting; text beyond it is dropped with a message.
public enum PromptText {
    /// The longest draft, in Unicode scalars (what a user calls characters, except that a letter with
    /// combining marks counts each mark: a flood of marks is one character but must not escape the bound).
    /// Documented in the key help and docs/DECISIONS.md.
    public static let limit = 1000

    /// `draft` followed by `typed`, cut at `limit` on a character boundary; `dropped` counts the characters
    /// that did not fit. One pass over each string: linear in what was typed.
    static func append(_ typed: String, to draft: String) -> (draft: String, dropped: Int) {
        var room = limit - draft.unicodeScalars.count
        var out = draft
        var dropped = 0
        for character in typed {
            let size = character.unicodeScalars.count
            guard dropped == 0, size <= room else {
                dropped += 1
                continue
            }
            out.append(plain(character))
            room -= size
        }
        return (out, dropped)
    }

    /// A pasted line break, tab or other control character becomes a space: a paste is text for the prompt,
    /// never an Enter that runs it, and nothing unsafe reaches the screen.
    private static func plain(_ character: Character) -> Character {
        character.unicodeScalars.contains { SafeText.isUnsafe($0) || $0 == "\u{2028}" || $0 == "\u{2029}" }
            ? " " : character
    }

    /// The status message for a draft that reached the limit.
    static func fullMessage(dropped: Int) -> StatusMessage {
        StatusMessage(
            "the prompt holds at most \(limit) characters: \(dropped) not typed",
            shorter: ["prompt full (\(limit) characters)", "prompt full"], isError: true)
    }
}
