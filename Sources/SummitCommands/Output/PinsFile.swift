import SummitModel
import SummitUI

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The command line's view of the pin store: which file belongs to `--data`, problems on standard error, and
/// storage failures as exit statuses.
struct PinsFile {
    let store: PinStore

    /// The store of the dataset named by `--data` (nil: the bundled one), under this process's XDG directories.
    init(data: String?, paths: XDGPaths = .current()) {
        let key = data.map { DatasetKey.forFile($0, workingDirectory: Self.workingDirectory()) } ?? DatasetKey.bundled
        store = PinStore(datasetKey: key, paths: paths)
    }

    /// The pins; a problem (a corrupt file set aside) is reported on standard error, never fatal.
    func load() -> PinStore.Loaded {
        let loaded = store.load()
        if let problem = loaded.problem { Console.err("summit: " + SafeName.line(problem) + "\n") }
        return loaded
    }

    /// The pins, for a command that will save them: refuses when saving would lose what the file holds.
    func loadForChange() throws -> PinList {
        let loaded = load()
        guard loaded.writable else {
            throw CommandFailure(status: .cannotWrite, message: "summit: the pins were not changed.")
        }
        return loaded.pins
    }

    /// Loads the pins for a change, makes it and saves them: the one path of `pins add` and `pins rm`.
    func change(_ body: (inout PinList) throws -> Void) throws -> PinList {
        var pins = try loadForChange()
        try body(&pins)
        try save(pins)
        return pins
    }

    func save(_ pins: PinList) throws {
        do {
            try store.save(pins)
        } catch {
            throw CommandFailure(
                status: .cannotWrite,
                message: """
                    summit: \(SafeName.line(error.description)); the pins were not changed.
                    Check that the folder is writable, or set XDG_STATE_HOME to one that is.
                    """)
        }
    }

    /// Pins whose records the dataset no longer holds: named on standard error, kept in the file.
    static func reportStale(_ pins: PinList, _ index: DatasetIndex) {
        let stale = pins.stale(in: index)
        guard !stale.isEmpty else { return }
        let names = stale.prefix(20).map { SafeName.quoted($0.id) }.joined(separator: ", ")
        let more = stale.count > 20 ? " and \(stale.count - 20) more" : ""
        Console.err(
            """
            summit: \(count(stale.count)) no longer match a record of this dataset (kept; `summit pins rm ID` removes one): \
            \(names)\(more)

            """)
    }

    /// The explorer's pins: problems and stale pins said in its status bar, each change saved at once, merged with
    /// what another summit (`summit pins add` in another shell, a second explorer) wrote meanwhile, so neither loses
    /// the other's pins (`PinList.merge`).
    func keeper(_ index: DatasetIndex) -> PinKeeper {
        let loaded = store.load()
        let stale = loaded.pins.stale(in: index)
        let staleNote =
            stale.isEmpty
            ? nil
            : "\(Self.count(stale.count)) no longer match a record (kept; `summit pins` lists them)"
        let store = store
        let writable = loaded.writable
        var base = loaded.pins
        return PinKeeper(pins: loaded.pins, problem: loaded.problem ?? staleNote) { pins in
            guard writable else {
                return .init(pins: pins, failure: "pins not saved: the pins file cannot be used (see summit pins)")
            }
            let now = store.load()
            let merged =
                now.writable && now.problem == nil ? PinList.merge(base: base, ours: pins, theirs: now.pins) : pins
            do {
                try store.save(merged)
                base = merged
                return .init(pins: merged)
            } catch {
                return .init(pins: pins, failure: "pins not saved: \(error)")
            }
        }
    }

    /// "1 pin", "3 pins".
    static func count(_ n: Int) -> String { n == 1 ? "1 pin" : "\(n) pins" }

    private static func workingDirectory() -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buffer, buffer.count) != nil else { return "/" }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }
}
