import FoundationEssentials
import SummitModel

/// The dataset compiled into the binary (Resources/dataset.json, embedded by the EmbedDataset plugin twice: as its
/// JSON text, and as ready Swift values built from it after it passed the validator at build time).
public enum BundledDataset {
    /// Name shown where a dataset file name would be.
    public static let origin = "<bundled dataset>"

    /// The raw JSON, exactly as in Resources/dataset.json.
    public static var json: String { bundledDatasetJSON.description }

    /// The bundled dataset, ready: validated when summit was built, so a start parses and validates no JSON
    /// (DECISIONS 70). `throws` for the callers that load a file or this alike; it never throws.
    public static func load() throws(DatasetError) -> Dataset {
        readyBundledDataset()
    }

    /// The bundled dataset parsed and validated from its JSON now, as `summit validate` does with any file.
    public static func loadFromJSON() throws(DatasetError) -> Dataset {
        try DatasetLoader.load(data: Data(json.utf8), origin: origin)
    }
}
