import Foundation
import Testing

@Suite("summit travels as one file")
struct CLIPortabilityTests {
    @Test("the binary copied alone into an empty folder still answers (the dataset is inside it)")
    func copiedAlone() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("summit").path
        try FileManager.default.copyItem(atPath: CLI.binary, toPath: copy)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["summit"])
        let result = CLI.run(["actor", "poland"], executable: copy, directory: folder.path)
        #expect(result.status == 0, "\(result.err)")
        #expect(result.out.hasPrefix("Poland"))
        #expect(CLI.run(["validate"], executable: copy, directory: folder.path).out.hasPrefix("ok"))
    }
}
