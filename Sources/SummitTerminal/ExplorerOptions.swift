import SummitUI

/// Choices the command line and the config file pass to the interactive explorer.
public struct ExplorerOptions: Sendable {
    /// Mouse capture; off (`--no-mouse`, `mouse = false`) lets the terminal's own text selection work.
    public var mouse: Bool = true
    /// False for `--no-color`; `NO_COLOR` in the environment has the same effect.
    public var color: Bool = true
    public var theme: Theme = .standard
    /// False for `--no-clipboard`: `y` and `Y` then copy nothing and say so.
    public var clipboard: Bool = true
    /// The config file's colours and attributes per semantic style, laid over the theme.
    public var styleOverrides: [Style: StyleOverride] = [:]
    public init() {}
}
