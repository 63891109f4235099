import Foundation
import Testing

@Suite("summit travels as one file")
struct CLIPortabilityTests {
    @Test("the binary copied alone into an empty folder still answers (the dataset is inside it)")
    func copiedAlone() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("summit").path
        try Self.copyExecutable(from: SummitBinary.path, to: copy)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["summit"])
        let result = CLI.run(["actor", "poland"], executable: copy, directory: folder.path)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.hasPrefix("Poland"))
        #expect(CLI.run(["validate"], executable: copy, directory: folder.path).out.hasPrefix("ok"))
    }

    /// Copies with O_CLOEXEC: other tests spawn processes meanwhile, and a child inheriting an open write
    /// descriptor on the copy would make exec fail with ETXTBSY ("text file busy"). Keeps the execute bit.
    static func copyExecutable(from source: String, to destination: String) throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: source))
        let fd = open(destination, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o755)
        guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
        defer { close(fd) }
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        guard written == bytes.count else { throw CocoaError(.fileWriteUnknown) }
    }
}
