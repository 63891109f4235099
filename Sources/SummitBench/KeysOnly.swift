import SummitModel

/// `summit-bench --only keys`: the explorer's keystroke rows alone, each size synthesized in memory and indexed
/// afresh every run (so no run reads another's kept matches), the search text and its short-word lists built before the first key. Prints min / median / max per key.
enum KeysOnly {
    static func run(_ options: BenchOptions) {
        for records in options.sizes {
            progress("\(records) records: synthesize")
            let dataset = SyntheticDataset.make(records: records)
            var keys = UIBench.typing.map { _ in Samples() }
            var memory = (text: 0, trigrams: 0, shortWords: 0)
            var build = Samples()
            for run in 1...options.runs {
                progress("\(records) records, run \(run)/\(options.runs): index, then type")
                let index = DatasetIndex(dataset)
                _ = index.searchMemory  // the search text, built alongside the index
                build.add(Stopwatch.measure { index.waitForShortWords() }.0)
                let typing = UIBench.run(index)
                memory = index.searchMemory
                for (position, ms) in typing.milliseconds.enumerated() { keys[position].add(ms) }
            }
            print(
                "\(records) records (search text \(memory.text / 1_048_576) MiB, trigram index \(memory.trigrams / 1_048_576) MiB, short words \(memory.shortWords / 1_048_576) MiB, built in \(build.summary) ms), ms per key, min / median / max:"
            )
            for (position, step) in UIBench.typing.enumerated() {
                print("  \(step.label)\t\(keys[position].summary)")
            }
        }
    }
}
