/// How a name that comes from outside (a file name, TERM, an argument, a dataset title) appears in a message.
/// The rule is SafeText's, so a message and the explorer show the same text: every unsafe scalar (C0, DEL, C1, bidi
/// controls) becomes a visible stand-in, everything else is kept, non-ASCII letters included, and nothing is cut.
public enum SafeName {
    /// The name, safe on one line.
    public static func line(_ text: String) -> String { SafeText.line(text) }

    /// The name, safe, between curly single quotes.
    public static func quoted(_ text: String) -> String { "\u{2018}" + SafeText.line(text) + "\u{2019}" }

    /// For a command the user may copy: single-quoted when it holds anything a shell would interpret.
    public static func shellQuoted(_ text: String) -> String {
        let safe = SafeText.line(text)
        let plain = safe.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_./+,@:".unicodeScalars.contains($0) }
        return plain && !safe.isEmpty ? safe : "'" + safe.replacingScalar("'", with: "'\\''") + "'"
    }
}
