import Testing

@testable import SummitCommands

/// The common lookups skip ArgumentParser (`CommonLookup`); these hold that shortcut to exactly what
/// ArgumentParser's path prints and returns, good command lines and bad ones alike.
@Suite("common lookups without ArgumentParser")
struct CLICommonLookupTests {
    /// Lines the shortcut takes, lines it must leave to ArgumentParser, and mistakes of every kind.
    static let commandLines: [[String]] =
        LookupCommands.all + [
            ["actor", "poland", "--json"], ["actor", "--json", "poland"], ["actor", "united", "kingdom"],
            ["actor", "TÜRKIYE"], ["actor", "poland", "--no-color"], ["actor", "poland", "--no-color", "--json"],
            ["actor", "polan"], ["actor", "polan", "--json"], ["actor", "atlantis", "--json"], ["actor", ""],
            ["actor", "\u{1B}[31mred\u{9B}"], ["actor"], ["actor", "--json"], ["actor", "poland", "--json", "--json"],
            ["actor", "help"], ["actor", "-h"], ["actor", "--help"], ["actor", "poland", "--width", "30"],
            ["actor", "poland", "--bogus"], ["actor", "--", "poland"], ["actor", "poland", "--format", "csv"],
            ["actor", "poland", "--format", "markdown"], ["actor", "poland", "--json", "--format", "tsv"],
            ["actors", "--json"], ["actors", "--stance", "nonsense"], ["actors", "--stance"],
            ["actors", "--stance", "rules-out", "--stance", "open"], ["actors", "--stance=open"], ["actors", "extra"],
            ["pillars", "--json"], ["pillars", "3"], ["quotes", "--speaker", "buras", "--json"],
            ["quotes", "--speaker", "burs", "--json"], ["quotes", "--speaker", "nobody-at-all"],
            ["quotes", "--actor", "us", "--pillar", "3"], ["quotes", "--pillar", "99"], ["quotes", "--speaker", "-x"],
            ["quotes", "--speaker", "help"], ["quotes", "--speaker", ""], ["quotes", "--speaker"],
            ["figures", "--json"], ["events", "--no-color"], ["questions", "--json"], ["questions", "stray"],
            ["search", "ceasefire", "monitoring", "--json"], ["search", "troops", "--kind", "bogus"], ["search"],
            ["search", " "], ["search", "zzzzqqq"], ["search", "--kind", "quote", "troops"],
            ["source", "--record", "nope"], ["source", "--record", "quote-buras-1", "--json"], ["source", "extra"],
            ["--json", "actor", "poland"], ["actr", "poland"], ["help", "actor"], ["--version"],
            // The explorer, refused alike without a terminal.
            [], ["--fresh"],
        ]

    @Test("the shortcut prints, and exits, byte for byte as ArgumentParser's path does", arguments: commandLines)
    func sameAsArgumentParser(arguments: [String]) {
        var parserOnly = CLI.environment
        parserOnly["SUMMIT_NO_COMMON_LOOKUP"] = "1"
        let shortcut = CLI.run(arguments)
        let parser = CLI.run(arguments, environment: parserOnly)
        #expect(shortcut.status == parser.status, "\(arguments)")
        #expect(shortcut.out == parser.out, "\(arguments)")
        #expect(shortcut.err == parser.err, "\(arguments)")
        #expect(shortcut.status >= 0, "\(arguments): \(shortcut.err)")
    }

    @Test("the shortcut takes the common lookups and leaves everything else to ArgumentParser")
    func recognises() {
        for taken in [
            ["actor", "poland"], ["actor", "united", "kingdom", "--json"], ["actors", "--stance", "open"],
            ["quotes", "--speaker", "buras", "--json"], ["quotes", "--actor", "us", "--pillar", "3", "--no-color"],
            ["pillars"], ["figures"], ["events"], ["questions"], ["search", "troops", "--kind", "event"],
            ["source", "--record", "poland"], [],
        ] {
            #expect(CommonLookup.recognise(taken) != nil, "\(taken)")
        }
        for left in [
            ["actor"], ["actor", "help"], ["actor", "-h"], ["actor", "--", "x"], ["actor", "x", "--width", "3"],
            ["actor", "x", "--json", "--json"], ["actors", "--stance"], ["actors", "--stance", "-x"],
            ["actors", "--stance", "a", "--stance", "b"], ["pillars", "3"], ["search", " "], ["search"],
            ["validate"], ["--json", "actor", "x"], ["present"], ["quotes", "--speaker=buras"],
        ] {
            #expect(CommonLookup.recognise(left) == nil, "\(left)")
        }
    }
}
