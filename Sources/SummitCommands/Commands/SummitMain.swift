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
        exit(execute(Array(CommandLine.arguments.dropFirst())))
    }

    /// Runs one command line and returns its exit status (tests call this in-process too).
    static func execute(_ arguments: [String]) -> Int32 {
        // ArgumentParser's cost grows with the square of the argument count (16,000 search words took 11 s):
        // refuse a flood before parsing; no command needs anywhere near this many.
        guard arguments.count <= argumentLimit else {
            Console.err("summit: too many arguments (\(arguments.count)); summit takes at most \(argumentLimit). "
                        + "Search with fewer words: every word must match anyway.\n")
            return ExitStatus.usage.rawValue
        }
        do {
            var command = try Summit.parseAsRoot(arguments)
            try command.run()
            return ExitStatus.success.rawValue
        } catch let failure as CommandFailure {
            if !failure.message.isEmpty { Console.err(safe(failure.message) + "\n") }
            return failure.status.rawValue
        } catch let code as ExitCode {
            return code.rawValue
        } catch {
            let code = Summit.exitCode(for: error)
            let text = safe(SafeName.echoing(arguments, in: Summit.fullMessage(for: error)))
            if code.isSuccess {
                Console.out(text.isEmpty ? "" : text + "\n")
                return ExitStatus.success.rawValue
            }
            if !text.isEmpty { Console.err(text + "\n") }
            // ArgumentParser reports usage and validation errors as EX_USAGE (64); summit promises 2.
            return code == .validationFailure ? ExitStatus.usage.rawValue : code.rawValue
        }
    }

    /// Messages can echo arguments and file names: keep their line breaks, show any other control character.
    private static func safe(_ text: String) -> String {
        var lines = SafeText.lines(text)
        while lines.last == "" { lines.removeLast() }
        return lines.joined(separator: "\n")
    }
}
