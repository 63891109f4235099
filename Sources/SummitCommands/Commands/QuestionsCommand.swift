import ArgumentParser
import SummitModel

struct QuestionsCommand: ParsableCommand, FormattedCommand {
    static let configuration = CommandConfiguration(
        commandName: "questions",
        abstract: "The open questions the article ends on.",
        discussion: """
            EXAMPLES:
              summit questions
              summit questions --json
            """
    )

    @OptionGroup var output: OutputOptions

    func run() throws {
        let index = try output.loadIndex()
        let dataset = index.dataset
        try ListOutput.emit(
            command: "questions", query: [:], records: dataset.questions.map(AnyRecord.question), index: index,
            options: output, emptyMessage: "summit: the dataset holds no open questions."
        ) { page, plain in
            for (i, question) in dataset.questions.enumerated() { plain.question(question, number: i + 1, into: &page) }
        }
    }
}
