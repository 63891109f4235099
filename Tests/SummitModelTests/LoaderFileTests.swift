import Foundation
import Testing

@testable import SummitModel

/// Files that cannot be read, bytes that are not a dataset, and the format version.
@Suite struct LoaderFileTests {
    private func temporaryPath(_ name: String) -> String {
        FileManager.default.temporaryDirectory.appendingPathComponent("summit-\(UUID().uuidString)-\(name)").path
    }

    @Test func missingFileIsUnreadable() {
        let path = temporaryPath("absent.json")
        #expect(throws: DatasetError.unreadable(file: path, reason: "no such file")) {
            try DatasetLoader.load(contentsOf: path)
        }
    }

    @Test func directoryIsUnreadable() throws {
        let path = temporaryPath("folder")
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(throws: DatasetError.unreadable(file: path, reason: "it is a directory, not a dataset file")) {
            try DatasetLoader.load(contentsOf: path)
        }
    }

    // A file without read permission: see CLIFailureTests.fileWithoutReadPermission, which runs as an unprivileged user.

    @Test func emptyFileIsInvalid() throws {
        let path = temporaryPath("empty.json")
        try Data().write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            _ = try DatasetLoader.load(contentsOf: path)
            Issue.record("an empty file loaded")
        } catch {
            guard case .invalid(let file, let problems) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(file == path)
            #expect(problems.map(\.message) == ["the file is empty"])
        }
    }

    @Test func whitespaceOnlyIsEmpty() {
        #expect(LoaderFixture.problems(" \n\t ").map(\.message) == ["the file is empty"])
    }

    @Test func invalidUTF8GivesTheByteOffset() {
        var data = Data("{\n  \"title\": \"caf".utf8)
        data.append(0xE9)  // Latin-1 é
        data.append(contentsOf: Array("\"}".utf8))
        let problems = LoaderFixture.problems(data)
        #expect(problems.count == 1)
        #expect(problems.first?.message == "invalid UTF-8 at byte offset 17 (line 2, column 16): byte 0xE9")
    }

    @Test(arguments: [
        [0xC0, 0xAF] as [UInt8],  // overlong "/"
        [0xED, 0xA0, 0x80],  // an encoded surrogate
        [0xF4, 0x90, 0x80, 0x80],  // above U+10FFFF
        [0xE2, 0x80],  // truncated at the end
    ])
    func malformedUTF8SequencesAreCaught(bytes: [UInt8]) {
        let data = Data("{\"title\": \"".utf8) + Data(bytes)
        #expect(LoaderFixture.problems(data).first?.message.hasPrefix("invalid UTF-8 at byte offset 11") == true)
    }

    @Test func missingFormatVersionSaysHowToAddIt() {
        let problem = LoaderFixture.onlyProblem(setting: ["formatVersion"], to: nil)
        #expect(problem?.path == "$.formatVersion")
        #expect(problem?.message == "the format version is missing")
        #expect(problem?.fix == "add \"formatVersion\": 1 as the first field of the top-level object")
    }

    @Test func higherFormatVersionAsksForAnUpgradeAndNothingElse() {
        // The unknown field would be noise: a newer format may well have added it.
        var dataset = LoaderFixture.dataset(setting: ["formatVersion"], to: 2)
        dataset["newThing"] = true
        let problems = LoaderFixture.problems(dataset)
        #expect(problems.count == 1)
        #expect(problems.first?.message == "this dataset uses format 2; this summit reads format 1")
        #expect(problems.first?.fix.hasPrefix("upgrade summit") == true)
    }

    @Test func unknownLowerFormatVersion() {
        let problem = LoaderFixture.onlyProblem(setting: ["formatVersion"], to: 0)
        #expect(problem?.message == "unknown format version 0; the only format is 1")
    }

    @Test func formatVersionOfTheWrongType() {
        let problem = LoaderFixture.onlyProblem(setting: ["formatVersion"], to: "1")
        #expect(problem?.path == "$.formatVersion")
        #expect(problem?.message == "expected a whole number, found the string \"1\"")
    }
}
