import FoundationEssentials
import SummitModel
import SummitUI

#if canImport(Glibc)
    import Glibc
#endif

/// The explorer's memory on disk: `$XDG_STATE_HOME/summit/state-<dataset>.json`, one file per dataset, written
/// atomically on quit and suspend. A file that cannot be read is set aside (`….corrupt-N`) and reported, never fatal.
struct ExplorerStateFile {
    let path: String

    init(datasetFile: String?, paths: XDGPaths = .current()) {
        let key =
            datasetFile.map { DatasetKey.forFile($0, workingDirectory: Self.workingDirectory()) } ?? DatasetKey.bundled
        path = paths.stateFile("state-\(key).json")
    }

    /// The remembered state, nil when there is none; a problem when the file was unreadable (then set aside).
    func load() -> (memory: ExplorerMemory?, problem: String?) {
        let bytes: [UInt8]?
        do {
            bytes = try AtomicFile.read(path)
        } catch {
            return (nil, "cannot read the saved state: \(error.reason); starting afresh")
        }
        guard let bytes else { return (nil, nil) }
        if let memory = try? JSONDecoder().decode(ExplorerMemory.self, from: Data(bytes)),
            memory.version <= ExplorerMemory.currentVersion
        {
            return (memory, nil)
        }
        do {
            let aside = try AtomicFile.setAside(path)
            return (nil, "the saved state \(path) could not be read; set aside as \(aside), starting afresh")
        } catch {
            return (nil, "the saved state \(path) could not be read, nor set aside (\(error.reason)); starting afresh")
        }
    }

    /// Writes the memory; a failure is reported on standard error once the terminal is restored, never fatal.
    func save(_ memory: ExplorerMemory) -> StorageError? {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        guard let data = try? encoder.encode(memory) else { return nil }
        do {
            try AtomicFile.write(Array(data) + [0x0A], to: path)
            return nil
        } catch {
            return error
        }
    }

    private static func workingDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "/" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
