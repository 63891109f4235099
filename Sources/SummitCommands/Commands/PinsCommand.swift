import ArgumentParser
import SummitModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// `summit pins`: the records chosen for a briefing, in pin order, as the explorer's `m` leaves them.
struct PinsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pins",
        abstract: "The records pinned for a briefing (m in the explorer), in pin order.",
        discussion: """
            Pins are kept per dataset under $XDG_STATE_HOME/summit/ (default ~/.local/state/summit/); \
            `summit present --pins` and `summit export --pins` use them.

            EXAMPLES:
              summit pins
              summit pins add poland quote-buras-1
              summit pins rm poland
              summit pins clear --yes
            """,
        subcommands: [PinsListCommand.self, PinsAddCommand.self, PinsRemoveCommand.self, PinsClearCommand.self],
        defaultSubcommand: PinsListCommand.self
    )
}

struct PinsListCommand: ListCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "List the pins, in pin order (the default).")
    static let listName = "pins"

    @OptionGroup var output: OutputOptions

    func list(_ index: DatasetIndex) -> RecordList {
        let pins = PinsFile(data: output.data).load().pins
        PinsFile.reportStale(pins, index)
        let records = pins.current(in: index).compactMap(index.record)
        return RecordList(
            records, empty: "summit: nothing is pinned. Pin with m in the explorer or `summit pins add ID`."
        ) { page, plain in
            for (i, record) in records.enumerated() {
                let title = index.summary(of: record.ref)?.title ?? record.id
                page.referenced(
                    "\(record.kind.rawValue): \(title)", reference: plain.ref(record), indent: 5,
                    lead: Segment(String(i + 1) + ".", .faint))
            }
        }
    }
}

struct PinsAddCommand: ParsableCommand, FormattedCommand {
    static let configuration = CommandConfiguration(
        commandName: "add", abstract: "Pin records by id, after the pins already made.")

    @Argument(
        help: ArgumentHelp("Ids of the records to pin, as printed in brackets, e.g. [poland ¶12].", valueName: "ID"),
        completion: CompletionWords.records)
    var ids: [String]

    @OptionGroup var output: OutputOptions

    func run() throws {
        let index = try output.loadIndex()
        // All or nothing: every id is resolved (with "did you mean") before the file is touched, so a typo never
        // leaves half of a list pinned.
        let refs = try ids.map { try NameResolution.record(id: $0, in: index).ref }
        var added = 0
        let pins = try PinsFile(data: output.data).change { pins in added = refs.filter { pins.add($0) }.count }
        try Console.out("pinned \(added) of \(refs.count) (\(PinsFile.count(pins.count)) now)\n")
        PinsFile.reportStale(pins, index)
    }
}

struct PinsRemoveCommand: ParsableCommand, FormattedCommand {
    static let configuration = CommandConfiguration(
        commandName: "rm", abstract: "Unpin records by id (also pins the dataset no longer holds).")

    @Argument(
        help: ArgumentHelp("Ids of the pinned records to unpin.", valueName: "ID"),
        completion: CompletionWords.records)
    var ids: [String]

    @OptionGroup var output: OutputOptions

    func run() throws {
        // By id alone, so a stale pin (its record gone from the dataset) can still be removed.
        let wanted = Set(ids.flatMap { [$0, $0.lowercased()] })
        var removed: Set<RecordRef> = []
        let pins = try PinsFile(data: output.data).change { pins in
            removed = Set(pins.refs.filter { wanted.contains($0.id) })
            pins.remove(removed)
        }
        let missing = ids.filter { id in !removed.contains { $0.id == id || $0.id == id.lowercased() } }
        try Console.out("unpinned \(removed.count) (\(PinsFile.count(pins.count)) left)\n")
        if !missing.isEmpty {
            throw CommandFailure.noMatch(
                "summit: not pinned: \(missing.map(SafeName.quoted).joined(separator: ", ")). `summit pins` lists the pins."
            )
        }
    }
}

struct PinsClearCommand: ParsableCommand, FormattedCommand {
    static let configuration = CommandConfiguration(
        commandName: "clear", abstract: "Unpin everything (asks first on a terminal; --yes otherwise).")

    @Flag(name: .shortAndLong, help: "Do not ask: needed when standard input is not a terminal.")
    var yes = false

    @OptionGroup var output: OutputOptions

    func run() throws {
        let file = PinsFile(data: output.data)
        var pins = try file.loadForChange()
        guard !pins.isEmpty else { return try Console.out("nothing to clear: no pins\n") }
        if !yes {
            guard isatty(STDIN_FILENO) == 1 else {
                throw CommandFailure.usage(
                    "summit: pins clear would remove \(PinsFile.count(pins.count)) without asking; add --yes to confirm."
                )
            }
            Console.err("Remove all \(PinsFile.count(pins.count)) of this dataset? [y/N] ")
            let answer = readLine()?.lowercased() ?? ""
            guard answer == "y" || answer == "yes" else { return Console.err("kept the pins\n") }
        }
        pins.removeAll()
        try file.save(pins)
        try Console.out("cleared the pins\n")
    }
}
