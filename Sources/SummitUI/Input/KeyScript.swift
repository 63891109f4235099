/// A key script: keys written as text, for tests and hands-free demos. Printable characters stand for
/// themselves; named keys go in angle brackets: `<Enter> <Esc> <Tab> <S-Tab> <BS> <Del> <Up> <Down> <Left>
/// <Right> <PgUp> <PgDn> <Home> <End> <Space> <lt>`, `<C-x>` for Ctrl-x, `<M-x>` for Alt-x, `<F5>`. Example: `/poland<Enter>2f<C-c>`.
public enum KeyScript {
    static let named: [(String, Key)] = [
        ("Enter", .enter), ("Esc", .escape), ("Tab", .tab), ("S-Tab", .backTab), ("BS", .backspace), ("Del", .delete),
        ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right), ("PgUp", .pageUp), ("PgDn", .pageDown),
        ("Home", .home), ("End", .end), ("Space", .character(" ")), ("lt", .character("<")),
    ]

    public enum ParseError: Error, Hashable, Sendable { case unknownKey(String), unclosed(String) }

    public static func parse(_ script: String) throws(ParseError) -> [Key] {
        var out: [Key] = []
        var rest = Substring(script)
        while let c = rest.first {
            guard c == "<" else {
                out.append(.character(c))
                rest = rest.dropFirst()
                continue
            }
            guard let end = rest.firstIndex(of: ">") else { throw .unclosed(String(rest)) }
            let name = String(rest[rest.index(after: rest.startIndex)..<end])
            if let key = named.first(where: { $0.0 == name })?.1 {
                out.append(key)
            } else if name.hasPrefix("C-"), name.count == 3, let letter = name.last {
                out.append(.control(Character(letter.lowercased())))
            } else if name.hasPrefix("M-"), name.count == 3, let letter = name.last {
                out.append(.alt(letter))
            } else if name.hasPrefix("F"), let n = Int(name.dropFirst()) {
                out.append(.function(n))
            } else {
                throw .unknownKey(name)
            }
            rest = rest[rest.index(after: end)...]
        }
        return out
    }

    /// The script text for keys; `parse(text(keys)) == keys`.
    public static func text(_ keys: [Key]) -> String {
        keys.map { key in
            if case .character(let c) = key, c != "<", c != " " { return String(c) }
            if case .control(let c) = key { return "<C-\(c)>" }
            if case .alt(let c) = key { return "<M-\(c)>" }
            if case .function(let n) = key { return "<F\(n)>" }
            return "<" + (named.first { $0.1 == key }?.0 ?? "?") + ">"
        }.joined()
    }
}
