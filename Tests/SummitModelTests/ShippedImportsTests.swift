import Foundation
import Testing

/// Full Foundation links ICU into the static binary (80 MB instead of 31): the modules of the `summit` product
/// import FoundationEssentials at most. Tools, the plugin and tests may use full Foundation.
@Suite struct ShippedImportsTests {
    static let shipped = [
        "SummitModel", "SummitData", "SummitUI", "SummitTerminal", "SummitConfig", "SummitCommands", "summit",
    ]

    @Test func shippedModulesDoNotImportFullFoundation() throws {
        let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Sources")
        var offenders: [String] = []
        var scanned = 0
        for module in Self.shipped {
            let folder = sources.appendingPathComponent(module)
            // Sources are grouped in folders by concern: walk them all.
            let files = (FileManager.default.subpaths(atPath: folder.path) ?? []).filter { $0.hasSuffix(".swift") }
            for file in files {
                scanned += 1
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for line in text.split(separator: "\n") {
                    let words = line.split(separator: " ")
                    let imported = words.drop { $0 == "@_exported" || $0.hasPrefix("@") }
                    if imported.first == "import",
                        imported.dropFirst().first.map({
                            ["Foundation", "FoundationInternationalization"].contains($0)
                        }) == true
                    {
                        offenders.append("\(module)/\(file): \(line)")
                    }
                }
            }
        }
        #expect(scanned > 50)
        #expect(offenders.isEmpty, "\(offenders)")
    }
}
