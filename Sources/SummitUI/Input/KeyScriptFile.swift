/// A key-script file for hands-free demos (docs/key-scripts.md): `KeyScript` keys written over many lines, with
/// comments and pauses. Line breaks are not keys (write `<Enter>`); a line whose first non-blank character is `#`
/// is a comment; `<Wait 2.5>` waits that many seconds before the next key; `<Delay 0.3>` sets the pause before
/// each key from there on (default 0.7 s).
public struct KeyScriptFile: Hashable, Sendable {
    /// One key and how long to wait before pressing it.
    public struct Step: Hashable, Sendable {
        public var key: Key
        public var delayMilliseconds: Int
    }

    public static let defaultDelayMilliseconds = 700

    public let steps: [Step]

    /// A problem in a script, with where it is and how to fix it.
    public struct Problem: Error, Hashable, Sendable {
        public let line: Int
        public let message: String
    }

    public init(parsing text: String) throws(Problem) {
        var steps: [Step] = []
        var delay = Self.defaultDelayMilliseconds
        var extra = 0
        for (n, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.drop(while: { $0 == " " || $0 == "\t" }).first == "#" { continue }
            var rest = Substring(line)
            // Pauses first, then the keys between them.
            while !rest.isEmpty {
                guard let open = Self.pause(in: rest) else {
                    try Self.keys(rest, line: n + 1, delay: delay, extra: &extra, into: &steps)
                    break
                }
                try Self.keys(rest[..<open.lowerBound], line: n + 1, delay: delay, extra: &extra, into: &steps)
                guard let close = rest[open.upperBound...].firstIndex(of: ">") else {
                    throw Problem(line: n + 1, message: "“\(rest[open.lowerBound...])” has no closing “>”")
                }
                let word = rest[open.lowerBound..<open.upperBound].dropFirst().dropLast()
                let number = String(rest[open.upperBound..<close])
                guard let seconds = Double(number), seconds >= 0, seconds <= 3600 else {
                    throw Problem(
                        line: n + 1,
                        message: "<\(word) \(number)> needs a number of seconds from 0 to 3600, e.g. <\(word) 1.5>")
                }
                if word == "Wait" { extra += Int(seconds * 1000) } else { delay = Int(seconds * 1000) }
                rest = rest[rest.index(after: close)...]
            }
        }
        self.steps = steps
    }

    /// Where the first `<Wait ` or `<Delay ` starts and its word ends.
    private static func pause(in text: Substring) -> Range<Substring.Index>? {
        var i = text.startIndex
        while i < text.endIndex {
            if text[i] == "<" {
                for word in ["<Wait ", "<Delay "] where text[i...].hasPrefix(word) {
                    return i..<text.index(i, offsetBy: word.count)
                }
            }
            i = text.index(after: i)
        }
        return nil
    }

    private static func keys(_ text: Substring, line: Int, delay: Int, extra: inout Int, into steps: inout [Step])
        throws(Problem)
    {
        guard !text.isEmpty else { return }
        let keys: [Key]
        do throws(KeyScript.ParseError) {
            keys = try KeyScript.parse(String(text))
        } catch {
            switch error {
            case .unknownKey(let name):
                throw Problem(
                    line: line,
                    message: "unknown key <\(name)>: write a named key such as <Enter>, <Esc>, <Down>, "
                        + "<C-c>, or <lt> for “<” (docs/key-scripts.md lists them)")
            case .unclosed(let text):
                throw Problem(line: line, message: "“\(text)” has no closing “>”; write <lt> for a “<” key")
            }
        }
        for key in keys {
            steps.append(Step(key: key, delayMilliseconds: delay + extra))
            extra = 0
        }
    }
}

/// A key script being played into the loop: where it is, and whether the presenter paused it.
public struct KeyPlayback: Hashable, Sendable {
    public let script: KeyScriptFile
    /// 1 plays as written; 2 twice as fast (rehearsals and tests).
    public let speed: Double
    public private(set) var position = 0
    public var paused = false

    public init(_ script: KeyScriptFile, speed: Double = 1) {
        self.script = script
        self.speed = max(0.01, speed)
    }

    public var isFinished: Bool { position >= script.steps.count }

    /// How long to wait before the next key; nil when paused or finished.
    public var waitMilliseconds: Int? {
        guard !paused, !isFinished else { return nil }
        return Int((Double(script.steps[position].delayMilliseconds) / speed).rounded())
    }

    /// The next key, moving past it.
    public mutating func next() -> Key? {
        guard !isFinished else { return nil }
        defer { position += 1 }
        return script.steps[position].key
    }
}
