import SummitModel

/// Which config file summit reads, and why that one: `--config FILE`, else `$SUMMIT_CONFIG`, else
/// `$XDG_CONFIG_HOME/summit/config.toml` (default `~/.config/summit/config.toml`).
public struct ConfigLocation: Hashable, Sendable {
    public enum Reason: Hashable, Sendable { case flag, environment, standard }
    public let path: String
    public let reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// The environment variable that names a config file.
    public static let variable = "SUMMIT_CONFIG"

    public static func choose(flag: String?, environment: [String: String]) -> ConfigLocation {
        if let flag, !flag.isEmpty { return ConfigLocation(path: flag, reason: .flag) }
        if let named = environment[variable], !named.isEmpty {
            return ConfigLocation(path: named, reason: .environment)
        }
        return ConfigLocation(path: XDGPaths(environment: environment).configFile, reason: .standard)
    }

    /// The variables `choose` reads.
    public static let variables = [variable] + XDGPaths.variables

    /// Why this path, in words.
    public var explanation: String {
        switch reason {
        case .flag: "given by --config"
        case .environment: "named by \(Self.variable)"
        case .standard: "the default location ($XDG_CONFIG_HOME/summit/config.toml, else ~/.config/summit/config.toml)"
        }
    }

    /// Reads the file: a missing file at the default location is no problem (the file is optional); one the user
    /// named with --config or SUMMIT_CONFIG must exist.
    public func load() -> ConfigReader.Outcome {
        let bytes: [UInt8]?
        do {
            bytes = try AtomicFile.read(path)
        } catch {
            return defaults(
                because: "cannot read the config file: \(error.reason)",
                fix: "check its permissions, or move it away to use the defaults")
        }
        guard let bytes else {
            if reason == .standard { return ConfigReader.Outcome(configuration: .defaults, problems: []) }
            return defaults(
                because: "no such config file (\(explanation))",
                fix: "check the path, or create one with `summit config init --config \(path)`")
        }
        return ConfigReader.read(bytes: bytes, file: path)
    }

    /// The defaults, with the one problem that kept the file from being read.
    private func defaults(because message: String, fix: String) -> ConfigReader.Outcome {
        ConfigReader.Outcome(
            configuration: .defaults, problems: [ConfigProblem(file: path, line: nil, message: message, fix: fix)])
    }

}
