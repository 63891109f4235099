/// What one `summit-bench` run measures, from its command line.
struct BenchOptions {
    var sizes = [1_000, 100_000, 1_000_000]
    var runs = 5
    var keep = false
    /// The release `summit` to run as a child (cold/cached load, lookups, first frames); nil skips those rows.
    var summit: String?
    /// A static-stdlib Swift "hello", built the same way as `summit`, for the start-up floor.
    var hello: String?
    /// The article, for `less` and `grep` (the anchors of the lookup and the first frame).
    var article = "Resources/article.txt"
    /// The document whose generated part this run rewrites (docs/performance.md), if any.
    var write: String?
    /// The command line to record in the document.
    var command = "summit-bench"
    /// Only the explorer's keystroke rows, on datasets synthesized in memory (no files, children or tools): the
    /// quick loop for work on search speed.
    var onlyKeys = false

    static let usage = """
        usage: summit-bench [--sizes N,N,…] [--runs N] [--quick] [--keep] [--summit PATH] [--hello PATH]
                            [--article PATH] [--write FILE] [--command TEXT] [--only keys]
          --sizes    records per synthetic dataset (default 1000,100000,1000000; _ allowed: 1_000_000)
          --runs     repetitions of every measurement (default 5); tables show min / median / max
          --quick    1000 and 10000 records, 1 run: checks the harness works (CI), numbers mean little
          --keep     leave the generated JSON and one-line-per-record files in the temporary folder
          --summit   the release summit binary to time as a child process (./dev bench passes it)
          --hello    a static "hello" built like summit, the floor for start-up (./dev bench passes it)
          --write    replace the generated part of FILE (docs/performance.md) with this run's tables
          --only keys  only the keystroke rows (reduce + render per key), datasets built in memory, search
                     text ready before the first key; prints them and stops
        """

    /// A bad command line: the message, then the usage.
    struct Problem: Error, CustomStringConvertible {
        let text: String
        static func bad(_ text: String) -> Problem { Problem(text: text) }
        var description: String { "summit-bench: \(text)\n\(BenchOptions.usage)" }
    }

    /// Parses `arguments` (without the program name). A bare number is one size, as before (`./dev bench 100000`).
    static func parse(_ arguments: [String]) throws -> BenchOptions {
        var options = BenchOptions()
        var rest = arguments[...]
        func value(_ flag: String) throws -> String {
            guard let next = rest.popFirst() else { throw Problem.bad("\(flag) needs a value") }
            return next
        }
        func count(_ text: String, _ flag: String, atLeast minimum: Int) throws -> Int {
            guard let n = Int(text.filter { $0 != "_" }), n >= minimum else {
                throw Problem.bad("\(flag): '\(text)' is not a whole number of at least \(minimum)")
            }
            return n
        }
        while let argument = rest.popFirst() {
            switch argument {
            case "-h", "--help": throw Problem.bad("help")
            case "--sizes":
                options.sizes = try value(argument).split(separator: ",").map {
                    try count(String($0), "--sizes", atLeast: 20)
                }
            case "--runs": options.runs = try count(try value(argument), "--runs", atLeast: 1)
            case "--quick":
                options.sizes = [1_000, 10_000]
                options.runs = 1
            case "--keep": options.keep = true
            case "--summit": options.summit = try value(argument)
            case "--hello": options.hello = try value(argument)
            case "--article": options.article = try value(argument)
            case "--write": options.write = try value(argument)
            case "--command": options.command = try value(argument)
            case "--only":
                let part = try value(argument)
                guard part == "keys" else { throw Problem.bad("--only: '\(part)' is not a part (keys)") }
                options.onlyKeys = true
            default:
                guard !argument.hasPrefix("-") else { throw Problem.bad("unknown option '\(argument)'") }
                options.sizes = [try count(argument, "records", atLeast: 20)]
            }
        }
        guard !options.sizes.isEmpty else { throw Problem.bad("--sizes lists no size") }
        return options
    }
}
