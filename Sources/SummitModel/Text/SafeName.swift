/// How a name that comes from outside (a file name, TERM, an argument, a dataset title) appears in a message.
/// The rule is SafeText's, so a message and the explorer show the same text: every unsafe scalar (C0, DEL, C1, bidi
/// controls) becomes a visible stand-in, everything else is kept, non-ASCII letters included. Only `quoted`, which
/// echoes names and arguments into messages, cuts: after `echoLimit` characters, with a count of the rest.
public enum SafeName {
    /// The name, safe on one line.
    public static func line(_ text: String) -> String { SafeText.line(text) }

    /// The name, safe, between curly single quotes, cut after `echoLimit` characters: an argument can be megabytes.
    public static func quoted(_ text: String) -> String { "\u{2018}" + bounded(text) + "\u{2019}" }

    /// Characters of a name or argument echoed in a message.
    public static let echoLimit = 200

    /// The name, safe on one line, with at most `echoLimit` characters, then "… (N more characters)".
    public static func bounded(_ text: String) -> String {
        var shown = String.UnicodeScalarView()
        var count = 0
        for scalar in text.unicodeScalars {
            if count == echoLimit {
                let rest = text.unicodeScalars.count - count
                return SafeText.line(String(shown)) + "\u{2026} (\(rest) more character\(rest == 1 ? "" : "s"))"
            }
            shown.append(scalar)
            count += 1
        }
        return SafeText.line(text)
    }

    /// A parser's message that may echo the command line: every argument holding a line break or longer than
    /// `echoLimit` is replaced by its bounded, single-line form, so CR and LF show as pictures there too.
    public static func echoing(_ arguments: [String], in message: String) -> String {
        var message = message
        let risky = Set(
            arguments.filter { argument in
                argument.unicodeScalars.contains { $0 == "\n" || $0 == "\r" }
                    || argument.unicodeScalars.count > echoLimit
            })
        for argument in risky.sorted(by: { $0.utf8.count > $1.utf8.count }) {
            message = message.replacing(argument, with: bounded(argument))
        }
        return message
    }

    /// For a command the user may copy: single-quoted when it holds anything a shell would interpret.
    public static func shellQuoted(_ text: String) -> String {
        let safe = SafeText.line(text)
        let plain = safe.unicodeScalars.allSatisfy {
            $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_./+,@:".unicodeScalars.contains($0)
        }
        return plain && !safe.isEmpty ? safe : "'" + safe.replacingScalar("'", with: "'\\''") + "'"
    }
}
