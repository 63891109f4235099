import SummitConfig
import SummitUI
import Testing

/// Reading a config file: what it sets, what it gets wrong (with its line), and what it leaves at the default.
@Suite struct ConfigReaderTests {
    func read(_ text: String) -> ConfigReader.Outcome { ConfigReader.read(text, file: "config.toml") }

    @Test func aFullFileSetsEverySettingAndRecordsItsLine() {
        let outcome = read(
            """
            # mine
            [explorer]
            theme = "high-contrast"
            mouse = false
            clipboard = false
            pane = "quotes"

            [presentation]
            delay = 20
            theme = "monochrome"

            [lookups]
            format = "json"
            width = 100

            [keys]
            move-down = ["n", "Down"]
            quit = "Ctrl-Q"
            filter-clear = []

            [colors]
            match = { fg = "black", bg = ["#ffd75f", 221, "yellow"], bold = true }
            focused-border = "bright-cyan"
            """)
        #expect(outcome.problems.isEmpty, "\(outcome.problems)")
        let c = outcome.configuration
        #expect(c.theme == .highContrast && !c.mouse && !c.clipboard && c.startPane == .quotes)
        #expect(c.presentationDelay == 20 && c.presentationTheme == .monochrome)
        #expect(c.lookups == LookupDefaults(format: "json", width: 100))
        #expect(c.keyMap.command(for: .character("n"), in: .browse) == .moveDown)
        #expect(c.keyMap.command(for: .character("j"), in: .browse) == .unbound("j"))
        #expect(c.keyMap.command(for: .control("q"), in: .help) == .quit)
        #expect(c.keyMap.command(for: .character("q"), in: .browse) == .unbound("q"))
        #expect(c.keyMap.command(for: .character("c"), in: .browse) == .unbound("c"))
        #expect(
            c.styleOverrides[.match]
                == StyleOverride(
                    foreground: ColourChoice([.basic(0)]),
                    background: ColourChoice([.rgb(red: 255, green: 215, blue: 95), .indexed(221), .basic(3)]),
                    bold: true))
        #expect(c.styleOverrides[.focusedBorder] == StyleOverride(foreground: ColourChoice([.basic(14)])))
        #expect(c.origins["explorer.theme"] == .file(path: "config.toml", line: 3))
        #expect(c.origins["lookups.width"] == .file(path: "config.toml", line: 14))
        #expect(c.origins["keys.quit"] == .file(path: "config.toml", line: 18))
        #expect(c.origins["colors.focused-border"] == .file(path: "config.toml", line: 23))
        #expect(c.origins["explorer.mouse"] == .file(path: "config.toml", line: 4))
        #expect(c.origins["presentation.theme"] == .file(path: "config.toml", line: 10))
    }

    @Test func anEmptyFileIsTheDefaults() {
        let outcome = read("")
        #expect(outcome.problems.isEmpty)
        #expect(outcome.configuration.keyMap == .standard)
        #expect(outcome.configuration.theme == .standard && outcome.configuration.mouse)
        #expect(outcome.configuration.origins.isEmpty)
    }

    /// A bad file: each problem with its line and what to do; the good settings still apply.
    /// (file text, line, message, fix).
    static let mistakeCases: [(String, Int, String, String)] = [
        (
            "[explorer]\ntheme = \"solarized\"\nmouse = false\n", 2,
            "explorer.theme must be one of \"default\", \"high-contrast\", \"light\", \"monochrome\", not \"solarized\"",
            "using the default \"default\""
        ),
        (
            "[explorer]\nmouse = \"no\"\n", 2, "explorer.mouse must be true or false, not \"no\"",
            "using the default true"
        ),
        (
            "[presentation]\ndelay = -1\n", 2, "presentation.delay must be a whole number from 0 to 3600, not -1",
            "using the default 0"
        ),
        (
            "[keys]\ninsert-text = \"Ctrl-T\"\n", 2,
            "insert-text is typing itself (every printable key at a prompt) and cannot be rebound",
            "remove this line; the keys that act while typing (Enter, Esc, Ctrl-P…) are rebound by their command's name"
        ),
        (
            "[lookups]\nwidth = 2.5\n", 2, "lookups.width must be a whole number from 0 to 1000, not 2.5",
            "using the default 0"
        ),
        (
            "[keys]\nqit = \"x\"\n", 2, "unknown command \"qit\" in [keys]",
            "did you mean \"quit\"? `summit config keys` lists the commands"
        ),
        (
            "[keys]\nquit = \"Ctrl-Shift-Q\"\n", 2, "keys.quit: unknown key \"Ctrl-Shift-Q\"",
            "use " + Key.nameExamples + "; \"g g\" for a sequence"
        ),
        (
            "[keys]\nquit = 5\n", 2, "keys.quit must be a key or a list of keys, not 5",
            "write quit = \"x\" or quit = [\"x\", \"Ctrl-X\"]; [] unbinds it"
        ),
        (
            "[keys]\nhelp = \"g\"\nfirst = \"g g\"\n", 3, "keys.first: gg is already bound to help on line 2",
            "give each key to one command (and no key to a command and a sequence it starts); keeping help and the default keys of first"
        ),
        (
            "[keys]\nquit = \"g Hyper\"\n", 2, "keys.quit: unknown key \"g Hyper\"",
            "use " + Key.nameExamples + "; \"g g\" for a sequence"
        ),
        (
            "[keys]\nhelp = \"x\"\n\nquit = [\"y\", \"x\"]\n", 4, "keys.quit: x is already bound to help on line 2",
            "give each key to one command (and no key to a command and a sequence it starts); keeping help and the default keys of quit"
        ),
        (
            "[keys]\nsearch-cancel = \"q\"\n", 2,
            "keys.search-cancel: q is text while typing, so it cannot run search-cancel",
            "use a key that types nothing, such as Esc, Enter, Tab or Ctrl-G"
        ),
        (
            "[colors]\nmatch = \"orange\"\n", 2, "colors.match: \"orange\" is not a colour",
            "use a name (red, bright-blue, default), a 256-colour index (0–255) or \"#rrggbb\"; a list gives fallbacks, richest first"
        ),
        (
            "[colors]\nmatch = { bg = 300 }\n", 2, "colors.match.bg: 300 is not a colour",
            "use a name (red, bright-blue, default), a 256-colour index (0–255) or \"#rrggbb\"; a list gives fallbacks, richest first"
        ),
        (
            "[colors]\nmatch = { bold = \"yes\" }\n", 2, "colors.match.bold must be true or false, not \"yes\"",
            "write bold = true"
        ),
        (
            "[colors]\nselection = \"red\"\n", 2, "unknown style \"selection\" in [colors]",
            "did you mean \"selected\"? the styles are normal, dim, title, focused-title, border, focused-border, header, chip, status, key, selected, selected-unfocused, match, source-highlight, error, stance-positive, stance-conditional, stance-negative, stance-neutral, quote-mark, chart-bar, chart-range, slide-heading, progress"
        ),
        (
            "[explorer]\nthem = \"default\"\n", 2, "unknown setting \"them\" in [explorer]",
            "did you mean \"theme\"? [explorer] takes theme, mouse, clipboard, pane"
        ),
        (
            "[explorr]\ntheme = \"default\"\n", 1, "unknown table [explorr]",
            "did you mean [explorer]? the tables are [explorer], [presentation], [lookups], [keys], [colors]"
        ),
        ("theme = \"default\"\n", 1, "unknown setting \"theme\" outside any table", "put it under [explorer]"),
    ]

    @Test(
        "Every kind of mistake is reported with its line, and only that setting keeps its default",
        arguments: Self.mistakeCases)
    func mistakes(text: String, line: Int, message: String, fix: String) throws {
        let outcome = read(text)
        let problem = try #require(outcome.problems.first)
        #expect(outcome.problems.count == 1, "\(outcome.problems)")
        #expect(problem.line == line)
        #expect(problem.message == message)
        #expect(problem.fix == fix)
        #expect(problem.description == "config.toml:\(line): \(message) — \(fix)")
    }

    @Test func aMistakeLeavesTheRestOfTheFileInForce() {
        let outcome = read("[explorer]\ntheme = \"solarized\"\nmouse = false\n[keys]\nqiut = \"x\"\nquit = \"Q\"\n")
        #expect(outcome.problems.map(\.line) == [2, 5])
        #expect(outcome.configuration.theme == .standard)
        #expect(!outcome.configuration.mouse)
        #expect(outcome.configuration.keyMap.command(for: .character("Q"), in: .browse) == .quit)
    }

    @Test func aConflictKeepsTheFirstBindingAndTheDefaultsOfTheSecond() {
        let outcome = read("[keys]\nhelp = \"x\"\nquit = [\"v\", \"x\"]\n")
        let map = outcome.configuration.keyMap
        #expect(map.command(for: .character("x"), in: .browse) == .help)
        #expect(map.command(for: .character("q"), in: .browse) == .quit)
        #expect(map.command(for: .character("v"), in: .browse) == .unbound("v"))
    }

    @Test func aSyntaxErrorGivesTOMLKitsLineAndColumnAndAllDefaults() throws {
        let outcome = read("[explorer]\nmouse = false\ntheme = high-contrast\n")
        let problem = try #require(outcome.problems.first)
        #expect(outcome.problems.count == 1)
        #expect(problem.line == 3)
        #expect(problem.column != nil)
        #expect(problem.message.hasPrefix("TOML syntax error: "))
        #expect(outcome.configuration.mouse, "a file that does not parse sets nothing")
    }

    @Test func bytesThatAreNotUTF8AreReportedWithTheirLine() throws {
        let bytes = Array("[explorer]\nmouse = false\n# caf".utf8) + [0xE9] + Array("\n".utf8)
        let outcome = ConfigReader.read(bytes: bytes, file: "c.toml")
        let problem = try #require(outcome.problems.first)
        #expect(problem.line == 3)
        #expect(problem.message == "the file is not UTF-8 text (byte 30)")
    }

    @Test func controlCharactersInTheFileNeverReachAMessageRaw() throws {
        let outcome = read("[explorer]\ntheme = \"\\u001b[31mred\"\n")
        let problem = try #require(outcome.problems.first)
        #expect(!problem.description.unicodeScalars.contains { $0.value == 0x1B })
        #expect(problem.description.contains("␛[31mred"))
    }

    @Test func keysInTextModesKeepOnlyTheirNonCharacterKeys() {
        let map = read("[keys]\nmove-down = [\"n\", \"Down\"]\n").configuration.keyMap
        #expect(map.command(for: .character("n"), in: .browse) == .moveDown)
        #expect(map.command(for: .character("n"), in: .search) == .insertText("n"), "n is still text while searching")
        #expect(map.command(for: .down, in: .search) == .moveDown)
    }

    @Test func aSequenceWaitsForItsLastKeyAndTakesItsFirstFromOthers() {
        let map = read("[keys]\nfirst = [\"g g\", \"Home\"]\nfocus-quotes = \"Ctrl-X 3\"\n").configuration.keyMap
        #expect(map.resolve(.character("g"), after: [], in: .browse) == .prefix)
        #expect(map.resolve(.character("g"), after: [.character("g")], in: .browse) == .command(.first))
        #expect(map.resolve(.character("x"), after: [.character("g")], in: .browse) == .command(.unbound("gx")))
        #expect(map.resolve(.character("3"), after: [.control("x")], in: .browse) == .command(.focus(.quotes)))
        #expect(
            map.resolve(.character("3"), after: [], in: .browse) == .command(.unbound("3")),
            "the list replaced the default 3")
        #expect(
            map.resolve(.character("g"), after: [], in: .search) == .command(.insertText("g")),
            "letters stay text while typing")
        #expect(map.bindings.first { $0.command == .first }?.keyLabel == "gg Home")
    }

    @Test func aKeyGivenToACommandIsTakenFromTheCommandThatHadIt() {
        let map = read("[keys]\nquit = \"c\"\n").configuration.keyMap
        #expect(map.command(for: .character("c"), in: .browse) == .quit)
        #expect(map.bindings.first { $0.command == .filterClear }?.keys == [])
    }

    /// ↑ means history-older in the : line and move-up while a search is typed; a config file keeps both.
    @Test func theStandardTableGivesUpOneMeaningPerMode() {
        let map = KeyMap.standard
        #expect(map.command(for: .up, in: .command) == .historyOlder)
        #expect(map.command(for: .down, in: .command) == .historyNewer)
        #expect(map.command(for: .up, in: .search) == .moveUp)
        #expect(map.command(for: .control("p"), in: .search) == .historyOlder)
        #expect(map.command(for: .up, in: .sourceSearch) == .historyOlder)
    }

    @Test func rebindingACommandEverywhereKeepsItOutOfOtherModes() {
        let map = read("[keys]\nhistory-older = \"Ctrl-R\"\n").configuration.keyMap
        #expect(map.command(for: .control("r"), in: .command) == .historyOlder)
        #expect(map.command(for: .control("r"), in: .search) == .historyOlder)
        #expect(map.command(for: .up, in: .command) == .unbound("↑"), "the list replaced ↑ too")
        #expect(map.command(for: .up, in: .search) == .moveUp)
    }

    @Test func aModeTableRebindsInThatModeAlone() {
        let outcome = read(
            "[keys.search]\nhistory-older = [\"Up\", \"Ctrl-P\"]\n[keys.command]\nhistory-older = \"Ctrl-R\"\n")
        #expect(outcome.problems.isEmpty, "\(outcome.problems)")
        let map = outcome.configuration.keyMap
        #expect(map.command(for: .up, in: .search) == .historyOlder, "↑ recalls while searching now")
        #expect(map.command(for: .up, in: .browse) == .moveUp, "and still moves rows in the lists")
        #expect(map.command(for: .control("r"), in: .command) == .historyOlder)
        #expect(map.command(for: .up, in: .command) == .unbound("↑"))
        #expect(map.command(for: .up, in: .sourceSearch) == .historyOlder, "other modes keep their keys")
        #expect(outcome.configuration.origins["keys.search.history-older"] != nil)
    }

    @Test func aModeTableGivingBackTheTablesKeysChangesNothing() {
        let text =
            "[keys]\nhistory-older = \"Ctrl-P\"\n[keys.command]\nhistory-older = [\"Up\", \"Ctrl-P\"]\n"
            + "[keys.source-search]\nhistory-older = [\"Up\", \"Ctrl-P\"]\n"
        #expect(read(text).configuration.keyMap == .standard)
    }

    @Test func aModeTableNamesAModeTheCommandHas() {
        let unknown = read("[keys.serch]\nquit = \"x\"\n")
        #expect(unknown.problems.first?.message == "unknown table [keys.serch]")
        #expect(unknown.problems.first?.fix.hasPrefix("did you mean [keys.search]?") == true)
        let absent = read("[keys.browse]\nhistory-older = \"Ctrl-R\"\n")
        #expect(
            absent.problems.first?.message == "keys.browse.history-older: history-older has no keys in the browse mode")
        #expect(absent.configuration.keyMap == .standard)
    }
}
