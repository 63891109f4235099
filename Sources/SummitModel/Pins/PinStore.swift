import FoundationEssentials

/// The pins of one dataset on disk: `$XDG_STATE_HOME/summit/pins-<dataset>.json`, where `<dataset>` is the
/// `DatasetKey` (so the bundled dataset and a `--data FILE` never share pins). Every save is an `AtomicFile` write
/// (temporary file, fsync, rename; mode 0600 in a 0700 folder), so a crash or `kill -9` leaves the old list or the
/// new one, never a mix. An unreadable file is set aside (`….corrupt-N`) and reported, never silently dropped.
///
/// The file: `{"formatVersion": 1, "pins": [{"kind": "actor", "id": "poland"}, …]}`, in pin order.
public struct PinStore: Sendable {
    public static let formatVersion = 1

    public let path: String

    public init(path: String) { self.path = path }

    /// The store of the dataset named `datasetKey` (see `DatasetKey`) under `paths`' state directory.
    public init(datasetKey: String, paths: XDGPaths) {
        path = paths.stateFile("pins-\(datasetKey).json")
    }

    /// What reading the file gave: the pins (empty when there is no file or it was unreadable) and, when something
    /// went wrong, one sentence saying what and what was done about it.
    public struct Loaded: Sendable {
        public var pins: PinList
        public var problem: String?
        /// False when the file was written by a newer summit: saving would throw its pins away.
        public var writable: Bool
    }

    public func load() -> Loaded {
        let bytes: [UInt8]?
        do {
            bytes = try AtomicFile.read(path)
        } catch {
            return Loaded(pins: PinList(), problem: "cannot read the pins file: \(error.reason)", writable: false)
        }
        guard let bytes else { return Loaded(pins: PinList(), problem: nil, writable: true) }
        if let file = try? JSONDecoder().decode(PinFile.self, from: Data(bytes)) {
            if file.formatVersion > Self.formatVersion {
                return Loaded(
                    pins: PinList(),
                    problem: """
                        the pins file \(path) was written by a newer summit (format \(file.formatVersion)); \
                        upgrade summit to use it (it is left as it is)
                        """, writable: false)
            }
            return Loaded(pins: PinList(file.pins), problem: nil, writable: true)
        }
        do {
            let aside = try AtomicFile.setAside(path)
            return Loaded(
                pins: PinList(),
                problem: """
                    the pins file \(path) could not be read (not a pins file, or damaged); \
                    it was moved to \(aside) and pins start empty
                    """, writable: true)
        } catch {
            return Loaded(
                pins: PinList(),
                problem: """
                    the pins file \(path) could not be read nor set aside (\(error.reason)); move it away to start afresh
                    """, writable: false)
        }
    }

    /// Replaces the file with `pins`, atomically.
    public func save(_ pins: PinList) throws(StorageError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        // Encoding plain strings and small ints cannot fail.
        let data = (try? encoder.encode(PinFile(formatVersion: Self.formatVersion, pins: pins.refs))) ?? Data()
        try AtomicFile.write(Array(data) + [0x0A], to: path)
    }
}

private struct PinFile: Codable {
    var formatVersion: Int
    var pins: [RecordRef]
}
