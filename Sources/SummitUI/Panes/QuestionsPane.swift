import SummitModel

/// Open questions: the question as the dataset words it, one per line.
enum QuestionsPane {
    static func render(_ grid: inout CellGrid, _ ctx: PaneContext) {
        ListPane.render(&grid, ctx) { ref, _ in
            guard let q = ctx.index.question(id: ref.id) else { return Styled.chars(ref.id, .normal) }
            return Styled.chars(q.text, .normal, highlight: ctx.state.highlightQueries)
        }
    }
}
