import Testing
import Foundation
@testable import SummitUI

/// docs/keys.md is generated from the binding table. To regenerate after changing KeyMap:
///     SUMMIT_UPDATE_DOCS=1 swift test --filter KeyDocsTests
@Suite struct KeyDocsTests {
    static let docsPath = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../docs/keys.md").standardized.path

    @Test func docsKeysMatchesTheBindingTable() throws {
        let generated = KeyMap.standard.markdownTable()
        if ProcessInfo.processInfo.environment["SUMMIT_UPDATE_DOCS"] == "1" {
            try generated.write(toFile: Self.docsPath, atomically: true, encoding: .utf8)
        }
        let onDisk = try String(contentsOfFile: Self.docsPath, encoding: .utf8)
        #expect(onDisk == generated, "docs/keys.md is stale: run SUMMIT_UPDATE_DOCS=1 swift test --filter KeyDocsTests")
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
