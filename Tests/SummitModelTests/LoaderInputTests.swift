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
        let a = temporaryPath("loop-a")
        let b = temporaryPath("loop-b")
        symlink(b, a)
        symlink(a, b)
        defer {
            unlink(a)
            unlink(b)
        }
        #expect(
            throws: DatasetError.unreadable(
                file: a, reason: "it is a loop of symbolic links (or more than the system's limit of links in a row)")
        ) {
            try DatasetLoader.load(contentsOf: a)
        }
    }

    @Test func aDanglingSymbolicLinkSaysSo() {
        let link = temporaryPath("dangling")
        symlink(temporaryPath("nowhere"), link)
        defer { unlink(link) }
        #expect(
            throws: DatasetError.unreadable(file: link, reason: "it is a symbolic link to a file that does not exist")
        ) {
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

    @Test func valuesBeyondTheLimitAreOneSyntaxProblem() throws {
        let bytes = Array("[1,2,3,[4,5],{\"a\":6}]".utf8)  // 9 values: two arrays, an object, six numbers
        let parsed = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONSyntaxError) in try JSONParser.parse(buffer, valueLimit: 9) }
        }
        #expect(throws: Never.self) { try parsed.get() }
        let refused = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(JSONSyntaxError) in try JSONParser.parse(buffer, valueLimit: 8) }
        }
        #expect {
            try refused.get()
        } throws: { error in
            (error as? JSONSyntaxError)?.message == "the file holds more than 8 JSON values, the most summit reads"
        }
    }

    @Test func aFileThatGrowsWhileReadEndsWithinTheLimit() throws {
        let path = temporaryPath("growing.json")
        FileManager.default.createFile(atPath: path, contents: Data("{\"title\": \"".utf8))
        defer { unlink(path) }
        let stop = ManagedAtomicFlag()
        let writer = Thread {
            guard let handle = FileHandle(forWritingAtPath: path) else { return }
            handle.seekToEndOfFile()
            let block = Data(repeating: UInt8(ascii: "x"), count: 1 << 16)
            while !stop.isSet { try? handle.write(contentsOf: block) }
            try? handle.close()
        }
        writer.start()
        defer { stop.set() }
        // Either the reader overtakes the writer and ends at the current end, or it stops at the limit: never a hang.
        do {
            let data = try DatasetInput.read(path, limit: 1 << 22)
            #expect(data.count <= 1 << 22)
        } catch {
            guard case .refused(let problem) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(problem.message.hasPrefix("the input is larger than 4194304 bytes"))
        }
    }

    @Test func aLongStringAndAHugeArrayEndWithProblemsNotACrash() {
        let string = Data(
            ("{\"formatVersion\": 1, \"title\": \"" + String(repeating: "x", count: 20_000_000) + "\"}").utf8)
        let stringProblems = LoaderFixture.problems(string)
        #expect(stringProblems.map(\.path).contains("$.source"))

        let numbers = (0..<200_000).map(String.init).joined(separator: ",")
        let array = LoaderFixture.problems(Data(("{\"formatVersion\": 1, \"pillars\": [" + numbers + "]}").utf8))
        #expect(array.count == ProblemLog.defaultLimit + 1)
        #expect(DatasetProblem.total(of: array) > 200_000)
    }
}

/// A flag set by one thread and read by another.
final class ManagedAtomicFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var value = false
    var isSet: Bool { lock.withLock { value } }
    func set() { lock.withLock { value = true } }
}
