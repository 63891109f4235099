import FoundationEssentials
import SummitModel

/// The dataset compiled into the binary (Resources/dataset.json, embedded by the EmbedDataset plugin).
public enum BundledDataset {
    /// Name shown where a dataset file name would be.
    public static let origin = "<bundled dataset>"

    /// The raw JSON, exactly as in Resources/dataset.json.
    public static var json: String { bundledDatasetJSON.description }

    /// Loads and validates the bundled dataset.
    public static func load() throws(DatasetError) -> Dataset {
        try DatasetLoader.load(data: Data(json.utf8), origin: origin)
    }
}
