/// The searches every size is timed on, in summit and in the tools it is compared with.
struct BenchQuery: Sendable {
    let name: String
    let text: String

    /// A rare word (one note in a thousand carries it, SyntheticDataset), a common one (in about a fifth of the
    /// records), two common words, and a one-letter prefix (in most records). None shares a letter sequence with
    /// UIBench's typed query, so the index's kept results of one never answer another.
    static let all = [
        BenchQuery(name: "rare word", text: SyntheticDataset.rareWord),
        BenchQuery(name: "common word", text: "ceasefire"),
        BenchQuery(name: "two words", text: "naval black"),
        BenchQuery(name: "one-letter prefix", text: "p"),
    ]
}

/// A tool run over the records flattened to one line each, as a user would compare summit with it.
struct BenchTool: Sendable {
    let name: String
    /// The argument vector for `query` over `lines` (standard input is `lines` too, for fzf).
    let command: @Sendable (_ query: String, _ lines: String) -> [String]

    static let all = [
        BenchTool(name: "fzf --filter") { query, _ in ["fzf", "--filter", query] },
        BenchTool(name: "fzf --exact --filter") { query, _ in ["fzf", "--exact", "--filter", query] },
        // grep has no "every word": one grep per word, piped, as a user would type it.
        BenchTool(name: "grep -F -i") { query, lines in
            let words = query.split(separator: " ").map(String.init)
            guard words.count > 1 else { return ["grep", "-F", "-i", "-e", query, lines] }
            let pipeline =
                (["grep -F -i -e \"$1\" \"$0\""] + words.indices.dropFirst().map { "grep -F -i -e \"$\($0 + 1)\"" })
                .joined(separator: " | ")
            return ["/bin/sh", "-c", pipeline, lines] + words
        },
    ]
}
