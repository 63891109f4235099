import SummitModel

/// What the explorer needs to keep pins across sessions, without knowing where they are kept: the pins read at
/// start, what went wrong reading them (shown in the status bar), and a save that returns the pins as kept (merged
/// with a change another summit made to the file meanwhile) and a message on failure.
public struct PinKeeper {
    public var pins: PinList
    public var problem: String?
    public var save: (PinList) -> Saved

    /// What a save kept: the pins now in the file (ours merged with theirs) and a message when something failed.
    public struct Saved {
        public var pins: PinList
        public var failure: String?

        public init(pins: PinList, failure: String? = nil) {
            self.pins = pins
            self.failure = failure
        }
    }

    public init(pins: PinList, problem: String?, save: @escaping (PinList) -> Saved) {
        self.pins = pins
        self.problem = problem
        self.save = save
    }
}
