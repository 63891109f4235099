import ArgumentParser

/// The lookups people type most (`actor poland`, `quotes --speaker buras --json`, `search ceasefire`…) and `summit`
/// alone (the explorer), recognised without ArgumentParser: its parse reflects over every subcommand's properties
/// and costs about as much as the lookup itself (docs/DECISIONS.md 56). Anything this does not recognise exactly — another flag, `--`, `-h`, `help`, a
/// repeated option, a value that starts with `-`, a failed validation — returns nil, and ArgumentParser parses the
/// command line as before, so every message and exit status stays ArgumentParser's.
struct CommonLookup {
    /// The command, with every property set as ArgumentParser would set it.
    let command: any ParsableCommand
    /// Its output options (what `SummitMain` reads from a `FormattedCommand` after a near miss).
    let output: OutputOptions

    /// Options taking a value, per subcommand (each may be given once); nil for a command this does not take.
    /// A switch, not a dictionary: a static `[String: [String]]` costs a runtime metadata lookup at start.
    private static func valueOptions(of command: String) -> [String]? {
        switch command {
        case "actor", "pillars", "figures", "events", "questions": []
        case "actors": ["--stance"]
        case "quotes": ["--speaker", "--actor", "--pillar"]
        case "search": ["--kind"]
        case "source": ["--record"]
        default: nil
        }
    }

    /// Nil unless the whole command line is one of the shapes above.
    static func recognise(_ arguments: [String]) -> CommonLookup? {
        if arguments.isEmpty { return explorer() }
        guard let name = arguments.first, let allowed = valueOptions(of: name) else { return nil }
        var words: [String] = []
        var values: [String: String] = [:]
        var json = false
        var noColor = false
        var position = 1
        while position < arguments.count {
            let argument = arguments[position]
            position += 1
            if !argument.hasPrefix("-") {
                // `help` is ArgumentParser's word wherever it stands; leave it the whole line.
                guard argument != "help" else { return nil }
                words.append(argument)
            } else if argument == "--json", !json {
                json = true
            } else if argument == "--no-color", !noColor {
                noColor = true
            } else if allowed.contains(argument), values[argument] == nil, position < arguments.count,
                !arguments[position].hasPrefix("-"), arguments[position] != "help"
            {
                values[argument] = arguments[position]
                position += 1
            } else {
                return nil
            }
        }
        // `actor` and `search` need at least one word (NAME, QUERY); the others take none.
        guard name == "actor" || name == "search" ? !words.isEmpty : words.isEmpty else { return nil }

        let output = options(json: json, noColor: noColor)

        let command: any ParsableCommand
        switch name {
        case "actor":
            command = made(ActorCommand.self) {
                $0.name = words
                $0.output = output
            }
        case "actors":
            command = made(ActorsCommand.self) {
                $0.stance = values["--stance"]
                $0.output = output
            }
        case "pillars": command = made(PillarsCommand.self) { $0.output = output }
        case "quotes":
            command = made(QuotesCommand.self) {
                $0.speaker = values["--speaker"]
                $0.actor = values["--actor"]
                $0.pillar = values["--pillar"]
                $0.output = output
            }
        case "figures": command = made(FiguresCommand.self) { $0.output = output }
        case "events": command = made(EventsCommand.self) { $0.output = output }
        case "questions": command = made(QuestionsCommand.self) { $0.output = output }
        case "search":
            command = made(SearchCommand.self) {
                $0.words = words
                $0.kind = values["--kind"]
                $0.output = output
            }
        case "source":
            command = made(SourceCommand.self) {
                $0.record = values["--record"]
                $0.output = output
            }
        default: return nil
        }
        return validated(command, output)
    }

    /// `summit` alone: the explorer with every option at its default.
    private static func explorer() -> CommonLookup? {
        let output = options(json: false, noColor: false)
        let root = made(Summit.self) {
            $0.output = output
            $0.noMouse = false
            $0.noClipboard = false
            $0.look = made(ThemeOption.self) { $0.theme = nil }
            $0.play = made(PlayOptions.self) {
                $0.play = nil
                $0.playSpeed = 1
            }
            $0.fresh = false
            $0.version = false
        }
        return validated(root, output)
    }

    /// Output options as ArgumentParser sets them when only `--json` and `--no-color` may be given.
    private static func options(json: Bool, noColor: Bool) -> OutputOptions {
        made(OutputOptions.self) {
            $0.data = nil
            $0.format = nil
            $0.json = json
            $0.width = nil
            $0.noColor = noColor
            $0.settings = made(ConfigFileOption.self) { $0.path = nil }
        }
    }

    /// A command or option group as ArgumentParser leaves it: every property set (reading an unset one traps).
    private static func made<Value: ParsableArguments>(_: Value.Type, _ set: (inout Value) -> Void) -> Value {
        var value = Value()
        set(&value)
        return value
    }

    private static func validated(_ command: any ParsableCommand, _ output: OutputOptions) -> CommonLookup? {
        var command = command
        // ArgumentParser validates every command and option group it parsed; a failure is its to report.
        do {
            try output.validate()
            try command.validate()
        } catch {
            return nil
        }
        return CommonLookup(command: command, output: output)
    }
}
