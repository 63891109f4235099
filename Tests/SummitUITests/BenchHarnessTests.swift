import Foundation
import Testing

@testable import SummitModel
@testable import summit_bench

/// The benchmark harness (./dev bench) does what its tables claim; no test here looks at a time.
@Suite struct BenchHarnessTests {
    @Test func samplesReportMinMedianMax() {
        #expect(Samples([5, 1, 3]).median == 3)
        #expect(Samples([4, 1, 3, 2]).median == 2.5)
        #expect(Samples([2, 9, 4]).summary == "2.00 / 4.00 / 9.00")
        #expect(Samples().summary == "–")
        #expect(Samples.format(1234.4) == "1234")
        #expect(Samples.format(45.25) == "45.3")
        #expect(Samples.format(0.0421) == "0.042")
        #expect(Samples.fixed(.nan, digits: 2) == "–")
        #expect(Samples.fixed(-1.005, digits: 1) == "-1.0")
    }

    @Test func optionsParseSizesRunsAndQuick() throws {
        let quick = try BenchOptions.parse(["--quick"])
        #expect(quick.sizes == [1000, 10000] && quick.runs == 1)
        let full = try BenchOptions.parse(["--sizes", "1_000,100000", "--runs", "5", "--keep", "--write", "x.md"])
        #expect(full.sizes == [1000, 100_000] && full.runs == 5 && full.keep && full.write == "x.md")
        #expect(try BenchOptions.parse(["250000"]).sizes == [250_000])
        #expect(throws: BenchOptions.Problem.self) { try BenchOptions.parse(["--runs", "0"]) }
        #expect(throws: BenchOptions.Problem.self) { try BenchOptions.parse(["--sizes", "ten"]) }
        #expect(throws: BenchOptions.Problem.self) { try BenchOptions.parse(["--frobnicate"]) }
        #expect(try BenchOptions.parse(["--only", "keys"]).onlyKeys)
        #expect(!full.onlyKeys)
        #expect(throws: BenchOptions.Problem.self) { try BenchOptions.parse(["--only", "loads"]) }
    }

    @Test func theGeneratedPartIsReplacedAndTheProseKept() throws {
        let document =
            "# Title\nprose before\n\(PerformanceReport.begin)\nold tables\n\(PerformanceReport.end)\nprose after\n"
        let updated = try #require(PerformanceReport.replacingGenerated(in: document, with: "new tables\n"))
        #expect(
            updated
                == "# Title\nprose before\n\(PerformanceReport.begin)\nnew tables\n\(PerformanceReport.end)\nprose after\n"
        )
        #expect(PerformanceReport.replacingGenerated(in: "no markers", with: "x") == nil)
    }

    @Test func theRareWordIsInOneNoteInAThousand() {
        let dataset = SyntheticDataset.make(records: 30_000)
        let index = DatasetIndex(dataset)
        let expected = dataset.notes.filter { $0.text.hasSuffix(" " + SyntheticDataset.rareWord) }
        #expect(expected.count == (dataset.notes.count + 999) / 1000)
        #expect(
            Set(index.search(SyntheticDataset.rareWord).map(\.ref))
                == Set(expected.map { RecordRef(kind: .note, id: $0.id) }))
    }

    @Test func childProcessesReportStatusAndWriteTheirOutput() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("bench-harness-\(getpid())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let lines = "\(folder)/lines"
        try "naval black sea\nnaval only\nBLACK NAVAL\nnothing\n".write(
            toFile: lines, atomically: true, encoding: .utf8)
        // grep's two-word pipeline keeps the lines holding both words, in any case.
        let grep = try #require(BenchTool.all.first { $0.name == "grep -F -i" })
        let output = "\(folder)/out"
        let outcome = try ChildProcess(arguments: grep.command("naval black", lines), output: output).run()
        #expect(outcome.status == 0)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "naval black sea\nBLACK NAVAL\n")
        #expect(Harness.countLines(output) == 2)
        #expect(try ChildProcess(arguments: ["/bin/sh", "-c", "exit 3"]).run().status == 3)
    }

    @Test func aFirstFrameIsTheBytesTheProgramWroteToItsTerminal() throws {
        let transcript = FileManager.default.temporaryDirectory.appendingPathComponent("frame-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: transcript) }
        // The program sees a 120x40 terminal that is its controlling one.
        var frame = FirstFrame(arguments: [
            "/bin/sh", "-c", "stty size; test -t 0 && echo tty; exec </dev/tty && echo ctty",
        ])
        frame.transcript = transcript
        let outcome = try frame.run()
        let text = try String(contentsOfFile: transcript, encoding: .utf8)
        #expect(text == "40 120\r\ntty\r\nctty\r\n")
        #expect(outcome.bytes == text.utf8.count)
    }
}
