import Foundation

/// Start-up of the release binary beside its anchors, at the bundled dataset: lookup wall time through
/// `hyperfine -N` (summit, a static "hello", grep on the article) and first frames at 120x40 in a pty
/// (summit's explorer, `less` on the article, "hello").
struct StartupResult {
    /// Command label → wall ms of each hyperfine run.
    var lookups: [(label: String, samples: Samples)] = []
    var frames: [(label: String, samples: Samples)] = []
    var failures: [String] = []

    func lookup(_ label: String) -> Samples? { lookups.first { $0.label == label }?.samples }
    func frame(_ label: String) -> Samples? { frames.first { $0.label == label }?.samples }
}

struct StartupBench {
    static let summitLookup = "summit actor poland"
    static let summitFrame = "summit (explorer, bundled data)"
    static let hello = "static Swift \"hello\""
    static let less = "less on the article"

    let options: BenchOptions
    let folder: String

    func run() -> StartupResult {
        var result = StartupResult()
        let environment = Harness.isolated(folder, cache: "cache-startup")
        var lookups: [(String, [String])] = []
        if let summit = options.summit { lookups.append((StartupBench.summitLookup, [summit, "actor", "poland"])) }
        if let hello = options.hello { lookups.append((StartupBench.hello, [hello])) }
        lookups.append(("grep -F -i poland on the article", ["grep", "-F", "-i", "poland", options.article]))
        progress("start-up: lookups through hyperfine")
        do {
            result.lookups = try hyperfine(lookups, environment: environment)
        } catch {
            result.failures.append("hyperfine: \(error)")
        }

        var frames: [(String, [String])] = []
        if let summit = options.summit { frames.append((StartupBench.summitFrame, [summit])) }
        frames.append((StartupBench.less, ["less", options.article]))
        if let hello = options.hello { frames.append((StartupBench.hello, [hello])) }
        result.frames = frames.map { ($0.0, Samples()) }
        let lessEnvironment = environment.merging(["LESS": "", "LESSHISTFILE": "-"]) { _, new in new }
        // Interleaved, so a burst of load on the machine spreads over all of them.
        for run in 1...Swift.max(options.runs, 3) {
            progress("start-up: first frames, run \(run)")
            for (position, (label, arguments)) in frames.enumerated() {
                do {
                    var frame = FirstFrame(arguments: arguments, environment: lessEnvironment)
                    frame.marks = label == StartupBench.less ? FirstFrame.lessMarks : FirstFrame.explorerMarks
                    if options.keep { frame.transcript = "\(folder)/first-frame-\(position).out" }
                    let outcome = try frame.run()
                    result.frames[position].samples.add(outcome.milliseconds)
                    // "hello" never fills a screen; summit and less must end at their mark, or the time is wrong.
                    if label != StartupBench.hello && !outcome.marked {
                        result.failures.append("\(label): no full screen seen, timed to the end of its first burst")
                    }
                } catch {
                    result.failures.append("\(label): \(error)")
                }
            }
        }
        return result
    }

    /// `hyperfine -N --output=pipe` over the commands (labels kept), its JSON export read back.
    private func hyperfine(_ commands: [(String, [String])], environment: [String: String]) throws -> [(
        label: String, samples: Samples
    )] {
        let export = "\(folder)/hyperfine.json"
        let runs = options.runs == 1 ? 5 : Swift.max(20, options.runs * 10)
        // hyperfine -N splits each command on spaces: paths here hold none (the bench's own temporary folder).
        let arguments =
            ["hyperfine", "-N", "--output=pipe", "--warmup", "3", "--runs", String(runs), "--export-json", export]
            + commands.map { $0.1.joined(separator: " ") }
        let outcome = try ChildProcess(arguments: arguments, environment: environment).run()
        guard outcome.status == 0 else {
            throw BenchFailure("hyperfine exited with \(outcome.status): run it by hand to see why")
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: export))
        let json = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let results = json?["results"] as? [[String: Any]] ?? []
        return zip(commands, results).map { command, entry in
            (command.0, Samples((entry["times"] as? [Double] ?? []).map { $0 * 1000 }))
        }
    }
}
