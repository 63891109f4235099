import ArgumentParser
import SummitConfig
import SummitModel
import Synchronization

/// `--config FILE`: the one option that chooses the config file, shared by the explorer, the lookups and
/// `summit config`. Without it, `$SUMMIT_CONFIG`, then `$XDG_CONFIG_HOME/summit/config.toml`.
struct ConfigFileOption: ParsableArguments {
    @Option(
        name: .customLong("config"),
        help: ArgumentHelp(
            "Read settings from FILE instead of ~/.config/summit/config.toml (also: SUMMIT_CONFIG).", valueName: "FILE"),
        completion: .file(extensions: ["toml"]))
    var path: String?

    var location: ConfigLocation {
        ConfigLocation.choose(flag: path, environment: ProcessEnvironment.read(ConfigLocation.variables))
    }

    /// The effective configuration and what is wrong in the file (each wrong setting kept at its default).
    /// Read and parsed once per run, however many options ask.
    func load() -> ConfigReader.Outcome {
        let location = location
        if let known = Self.loaded.withLock({ $0[location] }) { return known }
        let outcome = location.load()
        Self.loaded.withLock { $0[location] = outcome }
        return outcome
    }

    private static let loaded = Mutex<[ConfigLocation: ConfigReader.Outcome]>([:])

    /// Loads and reports problems on standard error, for commands that go on with the defaults. Reported once per
    /// run: ArgumentParser may validate the options more than once.
    func loadReportingProblems() -> Configuration {
        let outcome = load()
        let first = Self.reported.withLock { done in
            defer { done = true }
            return !done
        }
        if first {
            for problem in outcome.problems { Console.err("summit: config: \(problem)\n") }
        }
        return outcome.configuration
    }

    private static let reported = Mutex(false)
}
