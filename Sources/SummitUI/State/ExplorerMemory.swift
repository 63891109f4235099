import FoundationEssentials
import SummitModel

/// What the explorer remembers of a session, per dataset: the focused pane, each list's selection, the chips
/// and the prompt histories. Stored as JSON (see `ExplorerStateFile`); restored only where it still fits the
/// dataset, so an edited dataset or a damaged file never yields a state the explorer cannot show.
///
/// Other history keepers (prompt editing) load and save through `searchHistory` / `commandHistory`: plain
/// arrays of lines, oldest first.
public struct ExplorerMemory: Codable, Hashable, Sendable {
    /// Raised when the shape changes; a newer file is set aside rather than misread.
    public static let currentVersion = 1
    public var version = ExplorerMemory.currentVersion
    public var focus: String?
    public var lastList: String?
    /// Pane name → record as `kind:id`.
    public var selection: [String: String] = [:]
    /// Chips as `text:…`, `linked:kind:id`, `actor:id`, `stance:value`, `speaker:id`, `pillar:id`, `kind:kind`.
    public var chips: [String] = []
    public var searchHistory: [String] = []
    public var commandHistory: [String] = []

    public init() {}

    /// What to remember of `state`.
    public init(_ state: ExplorerState) {
        focus = state.focus.rawValue
        lastList = state.lastList.rawValue
        for (pane, ref) in state.selection { selection[pane.rawValue] = ref.description }
        chips = state.chips.map(Self.spelling)
        searchHistory = state.searchHistory.lines
        commandHistory = state.commandHistory.lines
    }

    /// `state` with what is remembered laid over it; anything that names a record, pane or value the dataset
    /// no longer has is left out.
    public func restore(into state: ExplorerState, _ index: DatasetIndex) -> ExplorerState {
        var s = state
        if let pane = focus.flatMap(PaneID.init(rawValue:)) { s.focus = pane }
        if let pane = lastList.flatMap(PaneID.init(rawValue:)), pane.kind != nil { s.lastList = pane }
        for (name, spelled) in selection {
            guard let pane = PaneID(rawValue: name), let ref = Self.ref(spelled), ref.kind == pane.kind,
                index.contains(ref)
            else { continue }
            s.selection[pane] = ref
        }
        // Each chip once, in order; a set keeps a damaged file with many chips linear.
        var seen = Set<FilterChip>()
        s.chips = chips.compactMap { Self.chip($0, index) }.filter { seen.insert($0).inserted }
        s.searchHistory = PromptHistory(searchHistory)
        s.commandHistory = PromptHistory(commandHistory)
        return s
    }

    static func spelling(_ chip: FilterChip) -> String {
        switch chip {
        case .text(let q): "text:" + q
        case .linked(let ref): "linked:" + ref.description
        case .actor(let id): "actor:" + id
        case .stance(let v): "stance:" + v.rawValue
        case .speaker(let id): "speaker:" + id
        case .pillar(let id): "pillar:" + id
        case .kind(let k): "kind:" + k.rawValue
        // The pins chip keeps the order it was made with: its refs, space-separated.
        case .pinned(let refs): "pinned:" + refs.map(\.description).joined(separator: " ")
        }
    }

    static func chip(_ spelled: String, _ index: DatasetIndex) -> FilterChip? {
        guard let colon = spelled.firstIndex(of: ":") else { return nil }
        let value = String(spelled[spelled.index(after: colon)...])
        switch spelled[..<colon] {
        case "text": return value.trimmingBlanks().isEmpty ? nil : .text(value)
        case "linked": return ref(value).flatMap { index.contains($0) ? .linked($0) : nil }
        case "actor": return index.contains(RecordRef(kind: .actor, id: value)) ? .actor(value) : nil
        case "stance": return StanceValue(rawValue: value).map(FilterChip.stance)
        case "speaker": return index.contains(RecordRef(kind: .person, id: value)) ? .speaker(value) : nil
        case "pillar": return index.contains(RecordRef(kind: .pillar, id: value)) ? .pillar(value) : nil
        case "kind": return RecordKind(rawValue: value).map(FilterChip.kind)
        case "pinned":
            let refs = value.split(separator: " ").compactMap { ref(String($0)) }.filter(index.contains)
            return refs.isEmpty ? nil : .pinned(refs)
        default: return nil
        }
    }

    static func ref(_ spelled: String) -> RecordRef? {
        guard let colon = spelled.firstIndex(of: ":"), let kind = RecordKind(rawValue: String(spelled[..<colon])) else {
            return nil
        }
        let id = String(spelled[spelled.index(after: colon)...])
        return id.isEmpty ? nil : RecordRef(kind: kind, id: id)
    }
}
