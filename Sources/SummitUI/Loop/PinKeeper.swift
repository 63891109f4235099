import SummitModel

/// What the explorer needs to keep pins across sessions, without knowing where they are kept: the pins read at
/// start, what went wrong reading them (shown in the status bar), and a save that returns a message on failure.
public struct PinKeeper {
    public var pins: PinList
    public var problem: String?
    public var save: (PinList) -> String?

    public init(pins: PinList, problem: String?, save: @escaping (PinList) -> String?) {
        self.pins = pins
        self.problem = problem
        self.save = save
    }
}
