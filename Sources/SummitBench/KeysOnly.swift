import SummitModel

/// `summit-bench --only keys`: the explorer's keystroke rows alone, each size synthesized in memory and indexed
/// afresh every run (so no run reads another's kept matches), the search text built before the first key (the
/// full run's file load usually gives it time to finish on the second core). Prints min / median / max per key.
enum KeysOnly {
    static func run(_ options: BenchOptions) {
        for records in options.sizes {
            progress("\(records) records: synthesize")
            let dataset = SyntheticDataset.make(records: records)
            var keys = UIBench.typing.map { _ in Samples() }
            var memory = (text: 0, trigrams: 0)
            for run in 1...options.runs {
                progress("\(records) records, run \(run)/\(options.runs): index, then type")
                let index = DatasetIndex(dataset)
                memory = index.searchMemory
                let typing = UIBench.run(index)
                for (position, ms) in typing.milliseconds.enumerated() { keys[position].add(ms) }
            }
            print(
                "\(records) records (search text \(memory.text / 1_048_576) MiB, trigram index \(memory.trigrams / 1_048_576) MiB), ms per key, min / median / max:"
            )
            for (position, step) in UIBench.typing.enumerated() {
                print("  \(step.label)\t\(keys[position].summary)")
            }
        }
    }
}
