import Foundation
import Glibc
import SummitModel
import Testing

@testable import summit_bench

/// The explorer on a large file (issue 11): the loading screen comes first, with its bar, then the panes; q and
/// Ctrl-C end the load at once with the terminal restored; a dataset that fails to load is reported after the
/// terminal is restored, as a lookup reports it. `--data` names a FIFO the test writes into, so the load lasts
/// exactly as long as the test wants: no test depends on how fast this machine parses.
@Suite("Loading in tmux", .serialized, .requires(.tmux))
struct TmuxLoadingTests {
    /// The benchmark's synthetic dataset as JSON: large enough that parsing and validating a debug build shows
    /// the bar for a while, small enough for CI.
    static let records = 20_000
    static let json: Data = try! JSONEncoder().encode(SyntheticDataset.make(records: records))

    /// summit in tmux with `--data` naming a FIFO nobody has written to yet: the load waits in its reading phase
    /// until the test writes. `close()` ends the tmux server and removes the FIFO's folder.
    struct FIFOLaunch {
        let session: TmuxSession
        let fifo: String
        private let folder: String

        init() throws {
            folder = FileManager.default.temporaryDirectory.appendingPathComponent("summit-loading-\(UUID())").path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            fifo = folder + "/big.json"
            guard mkfifo(fifo, 0o600) == 0 else { throw CocoaError(.fileWriteUnknown) }
            session = try TmuxSession(width: 80, height: 24)
            try session.runInShell("'\(SummitBinary.path)' --data '\(fifo)'; echo \"exit=$?\"")
        }

        func close() {
            session.close()
            try? FileManager.default.removeItem(atPath: folder)
        }
    }

    @Test("A large file shows the loading screen and its bar, then the panes")
    func progressThenPanes() throws {
        let launch = try FIFOLaunch()
        defer { launch.close() }
        let (session, fifo) = (launch.session, launch.fifo)
        // Reading blocks until the test writes: the loading screen is up, as it is while a slow disk is read.
        let reading = try session.waitUntilSettled("the loading screen") { $0.contains("reading the file") }
        // The name, cut to the screen's width.
        #expect(reading.contains("Loading ‘\(fifo.prefix(40))"))
        #expect(reading.contains("q quits"))
        let writer = try #require(FileHandle(forWritingAtPath: fifo))
        writer.write(Self.json)
        try writer.close()
        let counting = try session.waitUntil("a record count on the bar", timeLimit: .seconds(120)) {
            $0.contains("\(Figure.grouped(Double(Self.records))) records ·") || $0.contains(" of ~")
        }
        #expect(counting.contains("░") && counting.contains("%"))
        try session.waitUntilSettled("the panes", timeLimit: .seconds(240), TmuxSession.isCompleteExplorer)
        try session.quitExplorer(try session.childOfShell())
    }

    @Test(
        "q and Ctrl-C during the load quit at once and give the terminal back",
        arguments: [("q", 0), ("C-c", 130)])
    func quitWhileLoading(key: String, status: Int) throws {
        let launch = try FIFOLaunch()
        defer { launch.close() }
        let session = launch.session
        try session.waitUntilSettled("the loading screen") { $0.contains("Loading") && $0.contains("q quits") }
        let pid = try session.childOfShell()
        // The loading thread is still blocked reading the FIFO: quitting must not wait for it.
        try session.press(key)
        try session.waitUntilProcessEnds(pid, timeLimit: .seconds(2))
        try session.waitFor("exit=\(status)")
        try session.expectSaneShell()
    }

    @Test("A resize while loading redraws the loading screen at the new size")
    func resizeWhileLoading() throws {
        let launch = try FIFOLaunch()
        defer { launch.close() }
        let session = launch.session
        try session.waitUntilSettled("the loading screen") { $0.contains("q quits") }
        try session.resize(width: 40, height: 12)
        let small = try session.waitUntilSettled("the loading screen at 40x12") { screen in
            let rows = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return screen.contains("q quits") && rows.allSatisfy { $0.count <= 40 }
        }
        #expect(small.contains("reading the file"))
        try session.quitExplorer(try session.childOfShell())
    }

    @Test("An invalid dataset is reported after the terminal is restored, as a lookup reports it")
    func invalidDatasetAfterRestore() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("summit-loading-\(UUID())").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let bad = folder + "/bad.json"
        // Valid JSON up to its last byte: the whole file is parsed before the problem is found.
        try Self.json.dropLast().write(to: URL(fileURLWithPath: bad))
        let lookup = CLI.run(["pillars", "--data", bad])
        #expect(lookup.status == 65)
        let session = try TmuxSession(width: 200, height: 24)
        defer { session.close() }
        try session.runInShell("'\(SummitBinary.path)' --data '\(bad)'; echo \"exit=$?\"")
        let screen = try session.waitFor("exit=65", timeLimit: .seconds(120))
        for line in lookup.err.split(separator: "\n") {
            #expect(screen.contains(line), "missing: \(line)")
        }
        try session.expectSaneShell()
    }
}
