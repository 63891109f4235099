import Foundation
import Testing
@testable import SummitModel

/// Where a dataset's bytes come from: files, FIFOs, devices, links, and the byte limit (docs/dataset-format.md, "Limits").
@Suite struct LoaderInputTests {
    private func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("summit-\(UUID().uuidString)-\(name)").path
    }

    private func problems(_ path: String) -> [DatasetProblem] {
        do {
            _ = try DatasetLoader.load(contentsOf: path)
            return []
        } catch {
            guard case .invalid(_, let problems) = error else { return [] }
            return problems
        }
    }

    @Test func aFIFOIsReadAsAStream() throws {
        let path = temporaryPath("fifo")
        #expect(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        let bytes = LoaderFixture.json(LoaderFixture.dataset())
        // The writer runs on its own thread: opening a FIFO blocks until both ends are open.
        let writer = Thread {
            let handle = FileHandle(forWritingAtPath: path)
            handle?.write(bytes)
            try? handle?.close()
        }
        writer.start()
        let dataset = try DatasetLoader.load(contentsOf: path)
        #expect(dataset.figures.map(\.id) == ["figure-1"])
    }

    @Test func aDeviceOfNULBytesEndsAtOnceWithAProblem() {
        let found = problems("/dev/zero")
        #expect(found.count == 1)
        #expect(found.first?.message == "the input holds a NUL byte at byte offset 0; it is not a JSON text file")
    }

    @Test func aSymbolicLinkLoopIsNamedAsALoop() {
        let a = temporaryPath("loop-a"), b = temporaryPath("loop-b")
        symlink(b, a); symlink(a, b)
        defer { unlink(a); unlink(b) }
        #expect(throws: DatasetError.unreadable(
            file: a, reason: "it is a loop of symbolic links (or more than the system's limit of links in a row)")) {
            try DatasetLoader.load(contentsOf: a)
        }
    }

    @Test func aDanglingSymbolicLinkSaysSo() {
        let link = temporaryPath("dangling")
        symlink(temporaryPath("nowhere"), link)
        defer { unlink(link) }
        #expect(throws: DatasetError.unreadable(file: link, reason: "it is a symbolic link to a file that does not exist")) {
            try DatasetLoader.load(contentsOf: link)
        }
    }

    @Test func aFileOverTheLimitIsRefusedBeforeReading() throws {
        let path = temporaryPath("big.json")
        try Data(repeating: 0x20, count: 4_096).write(to: URL(fileURLWithPath: path))
        defer { unlink(path) }
        #expect {
            _ = try DatasetInput.read(path, limit: 4_095)
        } throws: { error in
            guard case DatasetInput.Failure.refused(let problem) = error else { return false }
            return problem.message.hasPrefix("the input is larger than 4095 bytes")
        }
        #expect(try DatasetInput.read(path, limit: 4_096).count == 4_096)
    }

    @Test func aStreamOverTheLimitStopsAtTheLimit() throws {
        let path = temporaryPath("endless")
        #expect(mkfifo(path, 0o600) == 0)
        defer { unlink(path) }
        // The writer offers more than the limit; the reader must stop, and closing its end ends the writer with
        // EPIPE. Ignoring SIGPIPE is harmless for the other tests: Spawn gives its children default handlers.
        signal(SIGPIPE, SIG_IGN)
        let writer = Thread {
            guard let handle = FileHandle(forWritingAtPath: path) else { return }
            let block = Data(repeating: 0x20, count: 1 << 16)
            for _ in 0..<64 { guard (try? handle.write(contentsOf: block)) != nil else { break } }
            try? handle.close()
        }
        writer.start()
        #expect {
            _ = try DatasetInput.read(path, limit: 1 << 18)
        } throws: { error in
            guard case DatasetInput.Failure.refused(let problem) = error else { return false }
            return problem.message.hasPrefix("the input is larger than 262144 bytes")
        }
    }

    @Test func theTotalCountsEveryProblemAlsoWhenTheListIsCapped() {
        let about = (0..<1_000).map { "missing-\($0)" }
        let data = LoaderFixture.json(LoaderFixture.dataset(setting: ["notes", 0, "about"], to: about))
        let problems = LoaderFixture.problems(data, limit: 200)
        #expect(problems.count == 201)
        #expect(problems.last?.omitted == 800)
        #expect(DatasetProblem.total(of: problems) == 1_000)
        #expect(DatasetProblem.total(of: Array(problems.prefix(3))) == 3)
    }
}
