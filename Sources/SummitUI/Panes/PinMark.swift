/// How a pinned record is marked wherever it is listed: a symbol, so a pin never depends on colour alone.
enum PinMark {
    static let text = "◆ "
}
