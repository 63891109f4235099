/// How the explorer looks. Raw values are the `--theme` spellings.
public enum Theme: String, Sendable, CaseIterable {
    case standard = "default"
    /// Bold, saturated, no dim text: for projectors that wash out low contrast.
    case highContrast = "high-contrast"
    /// Dark text on a white background the theme paints itself: for light rooms and washed-out projectors.
    case light
    /// Attributes only (reverse, bold, underline): for NO_COLOR, --no-color and terminals without colour.
    case monochrome
}

/// Choices the command line passes to the interactive explorer.
public struct ExplorerOptions: Sendable {
    /// Mouse capture; off (`--no-mouse`) lets the terminal's own text selection work.
    public var mouse: Bool = true
    /// False for `--no-color`; `NO_COLOR` in the environment has the same effect.
    public var color: Bool = true
    public var theme: Theme = .standard
    /// False for `--no-clipboard`: `y` and `Y` then copy nothing and say so.
    public var clipboard: Bool = true
    public init() {}
}
