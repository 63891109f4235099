import Foundation
import PackagePlugin

/// Embeds `Resources/dataset.json` into the `SummitData` module as a Swift string literal and, validated, as ready
/// Swift values (so a start parses no JSON).
/// Why: on Linux `Bundle.module` aborts once the binary is copied away from its build folder,
/// and summit must travel as one file.
@main
struct EmbedDataset: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let tool = try context.tool(named: "summit-embed")
        let resources = context.package.directoryURL.appending(path: "Resources")
        let dataset = resources.appending(path: "dataset.json")
        // Named unlike any real source file: a clash gives "multiple producers".
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedDataset.generated.swift")
        let records = context.pluginWorkDirectoryURL.appending(path: "ReadyBundledDataset.generated.swift")
        return [
            .buildCommand(
                displayName: "Embedding Resources/dataset.json",
                executable: tool.url,
                arguments: [output.path, records.path, dataset.path],
                inputFiles: [dataset],
                outputFiles: [output, records]
            )
        ]
    }
}
