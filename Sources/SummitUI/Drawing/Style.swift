/// What a cell means, not how it looks. The terminal backend maps each style to colours and
/// attributes per theme; monochrome themes must still tell focus, selection and matches apart.
public enum Style: String, Hashable, Sendable, CaseIterable {
    case normal
    case dim
    case title
    case focusedTitle
    case border
    case focusedBorder
    case header
    case chip
    case status
    case key
    case selected
    case selectedUnfocused
    case match
    case sourceHighlight
    case error
    case stancePositive
    case stanceConditional
    case stanceNegative
    case stanceNeutral
    case quoteMark
    /// The solid part of a chart's bar.
    case chartBar
    /// The part of a chart's bar between a range's low and high ends.
    case chartRange
    /// A slide's heading, in block letters or bold.
    case slideHeading
    /// The done part of a presentation's progress bar.
    case progress
}
