// placeholder
import Glibc
import SummitData
import SummitModel
import SummitTerminal

public enum SummitMain {
    public static func run() {
        // TEMPORARY (terminal branch): no arguments opens the explorer, until the cli branch wires its root command.
        if CommandLine.arguments.count == 1, let dataset = try? BundledDataset.load() {
            exit(ExplorerApp.run(index: DatasetIndex(dataset), options: ExplorerOptions()))
        }
        print("summit")
    }
}
