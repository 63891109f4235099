import Foundation

/// Reads and validates datasets. (First cut: strict Codable decoding; the full validator replaces it.)
public enum DatasetLoader {
    /// Loads a dataset file. Throws `DatasetError`.
    public static func load(contentsOf path: String) throws(DatasetError) -> Dataset {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw .unreadable(file: path, reason: "cannot read the file")
        }
        return try load(data: data, origin: path)
    }

    /// Loads a dataset from JSON bytes; `origin` names it in messages.
    public static func load(data: Data, origin: String) throws(DatasetError) -> Dataset {
        do {
            return try JSONDecoder().decode(Dataset.self, from: data)
        } catch {
            throw .invalid(file: origin, problems: [DatasetProblem(path: "$", message: "\(error)", fix: "fix the JSON")])
        }
    }
}
