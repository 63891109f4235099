#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Where summit keeps files of its own, after the XDG Base Directory specification: configuration under
/// `$XDG_CONFIG_HOME/summit`, state (history, pins, last position) under `$XDG_STATE_HOME/summit`, cache under
/// `$XDG_CACHE_HOME/summit`. Built from an environment dictionary so tests never read or write the real home.
public struct XDGPaths: Sendable, Equatable {
    /// `$XDG_CONFIG_HOME/summit`, default `~/.config/summit`.
    public let configDirectory: String
    /// `$XDG_STATE_HOME/summit`, default `~/.local/state/summit`.
    public let stateDirectory: String
    /// `$XDG_CACHE_HOME/summit`, default `~/.cache/summit`.
    public let cacheDirectory: String

    /// The specification ignores a variable that is unset, empty or relative, and falls back under `HOME`.
    public init(environment: [String: String]) {
        let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil } ?? Self.passwordHome() ?? "/"
        func base(_ variable: String, _ fallback: String) -> String {
            if let value = environment[variable], value.hasPrefix("/") { return Self.trimmed(value) }
            return Self.trimmed(home) + "/" + fallback
        }
        configDirectory = base("XDG_CONFIG_HOME", ".config") + "/summit"
        stateDirectory = base("XDG_STATE_HOME", ".local/state") + "/summit"
        cacheDirectory = base("XDG_CACHE_HOME", ".cache") + "/summit"
    }

    /// The paths for this process's environment.
    public static func current() -> XDGPaths { XDGPaths(environment: ProcessEnvironment.read(variables)) }

    /// The variables these paths depend on.
    public static let variables = ["HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"]

    /// The default configuration file.
    public var configFile: String { configDirectory + "/config.toml" }

    /// A file of its own in the state directory, one per concern (e.g. `state-<dataset>.json`, `pins-<dataset>.json`).
    public func stateFile(_ name: String) -> String { stateDirectory + "/" + name }

    /// A trailing slash would double up when names are appended ("/home/x/" + "/.config").
    private static func trimmed(_ path: String) -> String {
        var path = Substring(path)
        while path.count > 1, path.hasSuffix("/") { path = path.dropLast() }
        return String(path)
    }

    private static func passwordHome() -> String? {
        guard let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir else { return nil }
        let home = String(cString: dir)
        return home.hasPrefix("/") ? home : nil
    }
}

/// Reads named variables from the process environment (the model has no ProcessInfo without full Foundation).
public enum ProcessEnvironment {
    public static func read(_ names: [String]) -> [String: String] {
        var result: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { result[name] = String(cString: value) }
        }
        return result
    }
}
