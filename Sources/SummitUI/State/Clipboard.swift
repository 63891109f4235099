import FoundationEssentials
import SummitModel

/// Copying to the terminal's clipboard with OSC 52, which works over SSH. Inside tmux the sequence is wrapped
/// for tmux's passthrough (`ESC P tmux; … ESC \`, every ESC inside doubled), as lazygit and gitui do.
public struct Clipboard: Hashable, Sendable {
    public var insideTmux: Bool
    public init(insideTmux: Bool) { self.insideTmux = insideTmux }

    /// The bytes that put `text` on the clipboard. `text` is made safe first (`safe`), so what is pasted can
    /// carry no control sequence; base64 keeps the sequence itself free of anything a terminal acts on.
    public func sequence(for text: String) -> [UInt8] {
        let payload = Data(Clipboard.safe(text).utf8).base64EncodedString()
        let osc = Array("\u{1B}]52;c;\(payload)\u{07}".utf8)
        guard insideTmux else { return osc }
        return Array("\u{1B}Ptmux;".utf8) + osc.flatMap { $0 == 0x1B ? [0x1B, 0x1B] : [$0] } + Array("\u{1B}\\".utf8)
    }

    /// Copied text follows the terminal-safety rule (`SafeText`, line by line) and cannot start a spreadsheet
    /// formula: a line beginning with = + - @ gets a leading apostrophe, as OWASP advises for CSV.
    public static func safe(_ text: String) -> String {
        SafeText.lines(text).map { line in
            guard let first = line.unicodeScalars.first, "=+-@".unicodeScalars.contains(first) else { return line }
            return "'" + line
        }.joined(separator: "\n")
    }
}
