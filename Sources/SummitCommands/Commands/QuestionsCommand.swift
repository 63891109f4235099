import ArgumentParser
import SummitModel

struct QuestionsCommand: ListCommand {
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

    func list(_ index: DatasetIndex) -> RecordList {
        let questions = index.dataset.questions
        return RecordList(questions.map(\.anyRecord), empty: "summit: the dataset holds no open questions.") {
            page, plain in
            for (i, question) in questions.enumerated() { plain.question(question, number: i + 1, into: &page) }
        }
    }
}
