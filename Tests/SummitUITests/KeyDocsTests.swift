import Foundation
import Testing

@testable import SummitUI

/// docs/keys.md is generated from the binding table. To regenerate after changing KeyMap:
///     SUMMIT_UPDATE_DOCS=1 swift test --filter KeyDocsTests
@Suite struct KeyDocsTests {
    static let docsPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../docs/keys.md").standardized.path

    /// `SUMMIT_UPDATE_DOCS=1` writes the generated docs before comparing them, so it would make any run green:
    /// refused (and recorded as a failure) when `CI` is set.
    static var updating: Bool {
        let environment = ProcessInfo.processInfo.environment
        guard environment["SUMMIT_UPDATE_DOCS"] == "1" else { return false }
        if !["", "0", "false"].contains((environment["CI"] ?? "").lowercased()) {
            Issue.record("SUMMIT_UPDATE_DOCS=1 is refused when CI is set: it rewrites the files it then compares")
            return false
        }
        return true
    }

    @Test func docsKeysMatchesTheBindingTable() throws {
        let generated = KeyMap.standard.markdownTable()
        if Self.updating {
            try generated.write(toFile: Self.docsPath, atomically: true, encoding: .utf8)
        }
        let onDisk = try String(contentsOfFile: Self.docsPath, encoding: .utf8)
        #expect(onDisk == generated, "docs/keys.md is stale: run SUMMIT_UPDATE_DOCS=1 swift test --filter KeyDocsTests")
    }

    static let readmePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../README.md").standardized.path
    static let begin = "<!-- keys:begin -->\n"
    static let end = "<!-- keys:end -->"

    /// The README's key table sits between two markers and must equal the generated sections.
    @Test func readmeKeyTableMatchesTheBindingTable() throws {
        let readme = try String(contentsOfFile: Self.readmePath, encoding: .utf8)
        let start = try #require(readme.range(of: Self.begin), "README.md lacks \(Self.begin)")
        let stop = try #require(
            readme.range(of: Self.end, range: start.upperBound..<readme.endIndex), "README.md lacks \(Self.end)")
        let generated = KeyMap.standard.markdownSections(level: 4).trimmingCharacters(in: .newlines) + "\n"
        if Self.updating {
            let updated = readme.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: generated)
            try updated.write(toFile: Self.readmePath, atomically: true, encoding: .utf8)
            return
        }
        #expect(
            String(readme[start.upperBound..<stop.lowerBound]) == generated,
            "README.md's key table is stale: run SUMMIT_UPDATE_DOCS=1 swift test --filter KeyDocsTests")
    }

    @Test func everyBindingAppearsInDocsHelpAndManPage() {
        let markdown = KeyMap.standard.markdownTable()
        let man = KeyMap.standard.manSection()
        let help = HelpOverlay.lines(.standard).map { String($0.map(\.character)) }.joined(separator: "\n")
        for b in KeyMap.standard.bindings {
            #expect(markdown.contains("`\(b.command.name)`"))
            #expect(man.contains(b.command.name.replacingOccurrences(of: "-", with: "\\-")))
            #expect(help.contains(b.help))
        }
        #expect(man.hasPrefix(".SH KEYS\n"))
        let requests = man.split(separator: "\n").filter { $0.hasPrefix(".") }.map { String($0.dropFirst().prefix(2)) }
        #expect(Set(requests).isSubset(of: ["SH", "SS", "TP", "B "]))
    }
}
