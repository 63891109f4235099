import ArgumentParser
import SummitUI

#if canImport(Glibc)
    import Glibc
    import SummitModel
#endif

/// Entry point of the `summit` executable: parse, run, print errors, exit with a documented status.
/// Synchronous on purpose: no async main, so no concurrency runtime start-up for a one-shot lookup.
public enum SummitMain {
    /// The most arguments one command line may have (documented in docs/DECISIONS.md).
    static let argumentLimit = 1000

    public static func run() -> Never {
        // SUMMIT_NO_COMMON_LOOKUP=1 sends every command line through ArgumentParser: the test that holds the common
        // lookups' shortcut to ArgumentParser's output byte for byte runs both (docs/DECISIONS.md 56).
        let shortcut = getenv("SUMMIT_NO_COMMON_LOOKUP").map { String(cString: $0) } != "1"
        let status = execute(Array(CommandLine.arguments.dropFirst()), commonLookups: shortcut)
        DatasetSource.writeCacheAfterAnswer()
        exit(status)
    }

    /// Runs one command line and returns its exit status (tests call this in-process too).
    /// `commonLookups`: recognise the common lookups without ArgumentParser (`CommonLookup`).
    static func execute(_ arguments: [String], commonLookups: Bool = true) -> Int32 {
        // ArgumentParser's cost grows with the square of the argument count (16,000 search words took 11 s):
        // refuse a flood before parsing; no command needs anywhere near this many.
        guard arguments.count <= argumentLimit else {
            Console.err(
                "summit: too many arguments (\(arguments.count)); summit takes at most \(argumentLimit). "
                    + "Search with fewer words: every word must match anyway.\n")
            return ExitStatus.usage.rawValue
        }
        var parsed: (any ParsableCommand)?
        // The parsed command's output options, when it has them (read once: a cast to a protocol is a runtime search).
        var output: OutputOptions?
        do {
            var command: any ParsableCommand
            if commonLookups, let lookup = CommonLookup.recognise(arguments) {
                command = lookup.command
                output = lookup.output
            } else {
                command = try Summit.parseAsRoot(arguments)
                output = (command as? any FormattedCommand)?.output
            }
            parsed = command
            if !(command is ExportCommand), let format = output?.format, format.lookup == nil {
                Console.err(
                    "summit: --format \(format.rawValue) is for `summit export`; "
                        + "other commands print plain, json, csv or tsv.\n")
                return ExitStatus.usage.rawValue
            }
            try command.run()
            return ExitStatus.success.rawValue
        } catch let failure as CommandFailure {
            if let suggestions = failure.suggestions, output?.chosenFormat == .json {
                // A script reading JSON gets a document even for a near miss; the message still goes to stderr.
                let document = NearMissDocument(error: firstLine(failure.message), suggestions: suggestions)
                try? Console.out(JSONOutput.encode(document))
            }
            if !failure.message.isEmpty { Console.err(safe(failure.message) + "\n") }
            return failure.status.rawValue
        } catch let code as ExitCode {
            return code.rawValue
        } catch {
            if parsed == nil, let unknown = unknownCommand(in: arguments) {
                Console.err(safe(unknownCommandMessage(unknown)) + "\n")
                return ExitStatus.usage.rawValue
            }
            let code = Summit.exitCode(for: error)
            let text = safe(SafeName.echoing(arguments, in: Summit.fullMessage(for: error)))
            if code.isSuccess {
                do {
                    try Console.out(text.isEmpty ? "" : text + "\n")
                } catch {
                    Console.err(safe(error.message) + "\n")
                    return error.status.rawValue
                }
                return ExitStatus.success.rawValue
            }
            if !text.isEmpty { Console.err(text + "\n") }
            // ArgumentParser reports usage and validation errors as EX_USAGE (64); summit promises 2.
            return code == .validationFailure ? ExitStatus.usage.rawValue : code.rawValue
        }
    }

    /// Names a first argument may take: the subcommands, and ArgumentParser's own `help`.
    static var commandNames: [String] {
        Summit.configuration.subcommands.filter { $0.configuration.shouldDisplay }.map { $0._commandName } + ["help"]
    }

    /// Root options that take a value, so the word after them is not mistaken for a command.
    private static let valueOptions: Set<String> = ["--data", "--format", "--width", "--theme"]

    /// The first word that stands where a command goes but names none; nil when there is no such word.
    static func unknownCommand(in arguments: [String]) -> String? {
        var skipValue = false
        for argument in arguments {
            if skipValue {
                skipValue = false
                continue
            }
            if argument == "--" { return nil }
            if argument.hasPrefix("-") {
                skipValue = valueOptions.contains(argument)
                continue
            }
            return commandNames.contains(argument) || argument == "generate-docs" ? nil : argument
        }
        return nil
    }

    /// In summit's own words, with a suggestion by the rule every name follows.
    static func unknownCommandMessage(_ word: String) -> String {
        let names = commandNames.filter { $0 != "help" }
        let suggestion: String
        switch NameChoice(names).resolve(word) {
        case .found(let name): suggestion = " Did you mean \(name)?"
        case .ambiguous(let near),
            .notFound(let near) where !near.isEmpty:
            suggestion = " Did you mean \(near.prefix(3).joined(separator: ", or "))?"
        default: suggestion = ""
        }
        return """
            summit: unknown command \(SafeName.quoted(word)).\(suggestion)
            Commands: \(names.joined(separator: ", ")); see `summit --help`.
            """
    }

    private static func firstLine(_ message: String) -> String {
        let line = message.split(separator: "\n").first.map(String.init) ?? message
        return line.hasPrefix("summit: ") ? String(line.dropFirst("summit: ".count)) : line
    }

    /// Messages can echo arguments and file names: keep their line breaks, show any other control character.
    private static func safe(_ text: String) -> String {
        var lines = SafeText.lines(text)
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}

/// `--format json` after a near miss: what went wrong and what to type instead, so a script can read it.
struct NearMissDocument: Encodable {
    let error: String
    let suggestions: [String]
}
