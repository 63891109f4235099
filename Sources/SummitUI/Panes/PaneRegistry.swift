public typealias PaneRenderer = @Sendable (inout CellGrid, PaneContext) -> Void

/// The pane table: adding a pane is one `PaneID` case, one renderer file and one row here.
public enum PaneRegistry {
    public static let renderers: [PaneID: PaneRenderer] = [
        .pillars: PillarsPane.render,
        .positions: PositionsPane.render,
        .quotes: QuotesPane.render,
        .figures: FiguresPane.render,
        .events: EventsPane.render,
        .questions: QuestionsPane.render,
        .detail: DetailPane.render,
    ]
}
