import FoundationEssentials
import SummitUI
import SummitModel

/// Terminal-safe rendering of strings that come from outside (file names, dataset text, arguments) in messages.
enum SafeName {
    static func line(_ text: String) -> String { SafeText.line(text) }
    /// ‘text’, cut after `echoLimit` characters with a count of the rest: an argument can be megabytes long.
    static func quoted(_ text: String) -> String { "\u{2018}" + bounded(text) + "\u{2019}" }

    /// Characters of an argument or file name echoed in a message.
    static let echoLimit = 200

    /// One safe line of at most `echoLimit` characters, then "… (N more characters)".
    static func bounded(_ text: String) -> String {
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
    static func echoing(_ arguments: [String], in message: String) -> String {
        var message = message
        let risky = Set(arguments.filter { $0.unicodeScalars.contains { $0 == "\n" || $0 == "\r" } || $0.unicodeScalars.count > echoLimit })
        for argument in risky.sorted(by: { $0.utf8.count > $1.utf8.count }) {
            message = message.replacing(argument, with: bounded(argument))
        }
        return message
    }

    /// For a command the user may copy: single-quoted when it holds anything a shell would interpret.
    static func shellQuoted(_ text: String) -> String {
        let safe = SafeText.line(text)
        let plain = safe.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_./+,@:".unicodeScalars.contains($0) }
        return plain && !safe.isEmpty ? safe : "'" + safe.replacingScalar("'", with: "'\\''") + "'"
    }
}
