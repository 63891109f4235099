import SummitUI

/// summit's effective configuration: the defaults, with what a config file sets laid over them.
/// Every part of summit reads its choices from here, never from the file.
public struct Configuration: Sendable {
    /// The explorer's binding table (help, status-bar hints and `summit config keys` show it).
    public var keyMap: KeyMap = .standard
    public var theme: Theme = .standard
    /// The config file's colours and attributes per semantic style.
    public var styleOverrides: [Style: StyleOverride] = [:]
    public var mouse = true
    /// Copying to the system clipboard (terminal OSC 52); false keeps summit from ever writing it.
    public var clipboard = true
    /// The pane focused when the explorer starts without a remembered one.
    public var startPane: PaneID = .pillars
    /// Seconds between slides when `summit present` advances on its own (`--auto` wins); 0: only keys turn slides.
    public var presentationDelay = 0
    /// The theme of `summit present` (`--theme` wins); the explorer's `theme` does not apply to it.
    public var presentationTheme: Theme = .standard
    /// Defaults of the lookup commands; their own flags win.
    public var lookups = LookupDefaults()

    /// Where each setting came from, by its dotted name (`explorer.theme`, `keys.quit`, `colors.match`);
    /// a setting missing here is the default.
    public var origins: [String: ConfigOrigin] = [:]

    public init() {}

    /// The built-in defaults alone.
    public static let defaults = Configuration()
}

/// What the lookup commands (`summit actors`, `summit quote`…) do when their command line does not say.
/// The command line always wins: `--format`, `--json` and `--width` override these; the width here stands in for
/// `--width`, so it is used before COLUMNS and the terminal's width.
public struct LookupDefaults: Hashable, Sendable {
    /// One of `LookupDefaults.formats`.
    public var format = "plain"
    /// Columns to wrap to; nil follows the terminal (80 when output is not a terminal).
    public var width: Int?

    public init(format: String = "plain", width: Int? = nil) {
        self.format = format
        self.width = width
    }

    /// The output formats a config file may name. Extend when a command learns a new one.
    public static let formats = ["plain", "json", "csv", "tsv"]
}

/// Where a setting's value came from.
public enum ConfigOrigin: Hashable, Sendable, CustomStringConvertible {
    case file(path: String, line: Int?)

    public var description: String {
        switch self {
        case .file(let path, let line): path + (line.map { ":\($0)" } ?? "")
        }
    }
}
