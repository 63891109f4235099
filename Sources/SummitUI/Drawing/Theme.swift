/// How the explorer looks. Raw values are the `--theme` and config-file spellings.
public enum Theme: String, Sendable, CaseIterable {
    case standard = "default"
    /// Bold, saturated, no dim text: for projectors that wash out low contrast.
    case highContrast = "high-contrast"
    /// Dark text on a white background the theme paints itself: for light rooms and washed-out projectors.
    case light
    /// Attributes only (reverse, bold, underline): for NO_COLOR, --no-color and terminals without colour.
    case monochrome
}
