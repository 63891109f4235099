import FoundationEssentials
import SummitUI
import SummitModel

/// Terminal-safe rendering of strings that come from outside (file names, dataset text, arguments) in messages.
enum SafeName {
    static func line(_ text: String) -> String { SafeText.line(text) }
    static func quoted(_ text: String) -> String { "\u{2018}" + SafeText.line(text) + "\u{2019}" }

    /// For a command the user may copy: single-quoted when it holds anything a shell would interpret.
    static func shellQuoted(_ text: String) -> String {
        let safe = SafeText.line(text)
        let plain = safe.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0.properties.numericType != nil || "-_./+,@:".unicodeScalars.contains($0) }
        return plain && !safe.isEmpty ? safe : "'" + safe.replacingScalar("'", with: "'\\''") + "'"
    }
}
