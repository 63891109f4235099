import SummitModel

/// Each actor's name width and short stance width in columns, measured once per index: the Positions list sizes
/// its columns to every row shown, and measuring a name walks its characters, so measuring every row each frame
/// cost more than drawing the screen on a large dataset (50,000 actors). Kept with the state (`DerivedViews`).
struct ActorColumns: Sendable {
    let index: DatasetIndex
    /// By the actor's index in `dataset.actors`.
    let nameWidths: [Int32]
    let shortStanceWidths: [Int32]

    init(_ index: DatasetIndex) {
        self.index = index
        var stanceWidth: [StanceValue: Int32] = [:]
        for value in StanceValue.allCases {
            stanceWidth[value] = Int32(TextWidth.of(StanceBadge.text(value, compact: true)))
        }
        nameWidths = index.dataset.actors.map { Int32(TextWidth.of($0.name)) }
        shortStanceWidths = index.dataset.actors.map { stanceWidth[$0.stance.value] ?? 0 }
    }

    func fits(_ index: DatasetIndex) -> Bool { self.index === index }
}
