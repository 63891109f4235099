import ArgumentParser

/// The lookups people type most (`actor poland`, `quotes --speaker buras --json`, `search ceasefire`…) and `summit`
/// alone (the explorer), recognised without ArgumentParser: its parse reflects over every subcommand's properties
/// and costs about as much as the lookup itself (docs/DECISIONS.md 54). Anything this does not recognise exactly — another flag, `--`, `-h`, `help`, a
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
            var actor = ActorCommand()
            actor.name = words
            actor.output = output
            command = actor
        case "actors":
            var actors = ActorsCommand()
            actors.stance = values["--stance"]
            actors.output = output
            command = actors
        case "pillars":
            var pillars = PillarsCommand()
            pillars.output = output
            command = pillars
        case "quotes":
            var quotes = QuotesCommand()
            quotes.speaker = values["--speaker"]
            quotes.actor = values["--actor"]
            quotes.pillar = values["--pillar"]
            quotes.output = output
            command = quotes
        case "figures":
            var figures = FiguresCommand()
            figures.output = output
            command = figures
        case "events":
            var events = EventsCommand()
            events.output = output
            command = events
        case "questions":
            var questions = QuestionsCommand()
            questions.output = output
            command = questions
        case "search":
            var search = SearchCommand()
            search.words = words
            search.kind = values["--kind"]
            search.output = output
            command = search
        case "source":
            var source = SourceCommand()
            source.record = values["--record"]
            source.output = output
            command = source
        default:
            return nil
        }
        return validated(command, output)
    }

    /// `summit` alone: the explorer with every option at its default.
    private static func explorer() -> CommonLookup? {
        var root = Summit()
        let output = options(json: false, noColor: false)
        root.output = output
        root.noMouse = false
        root.noClipboard = false
        var look = ThemeOption()
        look.theme = nil
        root.look = look
        var play = PlayOptions()
        play.play = nil
        play.playSpeed = 1
        root.play = play
        root.fresh = false
        root.version = false
        return validated(root, output)
    }

    /// Output options as ArgumentParser sets them when only `--json` and `--no-color` may be given.
    private static func options(json: Bool, noColor: Bool) -> OutputOptions {
        var output = OutputOptions()
        output.data = nil
        output.format = nil
        output.json = json
        output.width = nil
        output.noColor = noColor
        var settings = ConfigFileOption()
        settings.path = nil
        output.settings = settings
        return output
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
