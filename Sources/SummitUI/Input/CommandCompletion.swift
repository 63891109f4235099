import FoundationEssentials
import SummitModel

/// One thing Tab can put on the command line: `text` goes on the line, `label` is how the list shows it
/// (an alias names the record it stands for, a pillar number its title; a value how many records its chip keeps).
public struct CompletionCandidate: Hashable, Sendable {
    public let text: String
    /// What the text stands for, when the text alone does not say ("uk" → "United Kingdom").
    public let gloss: String?
    /// How many records the value's chip would keep under the chips in force (facet values only).
    public var kept: Int?
    public init(_ text: String, gloss: String? = nil, kept: Int? = nil) {
        self.text = text
        self.gloss = gloss
        self.kept = kept
    }

    /// "uk (United Kingdom, 5)", "buras (3)", "quote".
    public var label: String {
        let notes = [gloss, kept.map(String.init)].compactMap { $0 }
        return notes.isEmpty ? text : text + " (" + notes.joined(separator: ", ") + ")"
    }
}

/// What Tab offered last: the candidates and, once Tab is pressed again, the one on the line now.
public struct CompletionList: Hashable, Sendable {
    public var candidates: [CompletionCandidate]
    public var picked: Int?
    public init(_ candidates: [CompletionCandidate] = [], picked: Int? = nil) {
        self.candidates = candidates
        self.picked = picked
    }
    public var isEmpty: Bool { candidates.isEmpty }
}

/// The names one record answers to, for completing a command's value.
struct CompletionEntry {
    /// Names matched from their start, most canonical first (id, name, aliases).
    let terms: [String]
    /// Also matched word by word ("bur" finds "Piotr Buras"), completing to `canonical`.
    let words: [String]
    /// The text put on the line when only a word inside a name matched.
    let canonical: String
    /// Shown in the candidate list beside the text, e.g. the actor an alias stands for.
    let name: String?

    /// The text to complete to, or nil when `typed` fits none of the names.
    /// An exact (case-insensitive) prefix beats an accent-folded one, so `türk` keeps its ü (Türkiye).
    func match(_ typed: String) -> String? {
        let lower = typed.lowercased()
        let folded = DatasetIndex.fold(typed)
        if let t = terms.first(where: { $0.lowercased().hasPrefix(lower) }) { return t.lowercased() }
        if let t = terms.first(where: { DatasetIndex.fold($0).hasPrefix(folded) }) { return t.lowercased() }
        let inWords = (terms + words).contains { term in
            DatasetIndex.fold(term).split(whereSeparator: { !$0.isLetter && !$0.isNumber }).contains {
                $0.hasPrefix(folded)
            }
        }
        return inWords ? canonical : nil
    }

    /// An alias or a number is shown with the name it stands for, cut short so several fit on the line.
    func candidate(_ text: String) -> CompletionCandidate {
        let plain = DatasetIndex.fold(text.replacingScalar("-", with: " "))
        // A name or a surname ("buras") needs no gloss; an alias or a number does.
        guard let name, DatasetIndex.fold(name) != plain,
            DatasetIndex.fold(String(name.split(separator: " ").last ?? "")) != plain
        else {
            return CompletionCandidate(text)
        }
        return CompletionCandidate(text, gloss: TextWidth.truncate(name, to: 18))
    }

    /// Record ids that start with `prefix`, in dataset order: one pass over the ids, stopping at `limit`.
    static func ids(startingWith prefix: String, _ index: DatasetIndex, limit: Int) -> [String] {
        Array(index.allRefs.lazy.map(\.id).filter { $0.hasPrefix(prefix) }.prefix(limit))
    }

    static func entries(for command: String, _ index: DatasetIndex) -> [CompletionEntry] {
        switch command {
        case "actor":
            index.dataset.actors.map {
                CompletionEntry(terms: [$0.id, $0.name] + $0.aliases, words: [], canonical: $0.id, name: $0.name)
            }
        case "speaker":
            index.dataset.people.map {
                CompletionEntry(terms: [$0.id, $0.name], words: [], canonical: $0.id, name: $0.name)
            }
        case "pillar":
            index.dataset.pillars.map {
                CompletionEntry(
                    terms: [String($0.number), $0.id], words: [$0.title], canonical: String($0.number), name: $0.title)
            }
        case "stance":
            StanceValue.allCases.map {
                CompletionEntry(terms: [$0.rawValue, $0.label], words: [], canonical: $0.rawValue, name: nil)
            }
        case "kind":
            RecordKind.allCases.map {
                CompletionEntry(terms: [$0.rawValue, $0.plural], words: [], canonical: $0.rawValue, name: nil)
            }
        default: []
        }
    }
}

extension ExplorerCommandLine {
    /// `:goto` lists at most this many ids; typing more of the id narrows them.
    static let gotoCandidates = 200

    /// Values Tab offers for a command's `typed` value: one per record, in dataset order.
    public static func values(for command: String, matching typed: String, _ index: DatasetIndex)
        -> [CompletionCandidate]
    {
        // Ids by prefix, each glossed with its record's title; a million records are not all listed.
        if command == "goto" {
            return CompletionEntry.ids(startingWith: typed.lowercased(), index, limit: gotoCandidates).map { id in
                let title = index.ref(id: id).map { RecordLabel.chip($0, index) } ?? id
                return CompletionCandidate(id, gloss: TextWidth.truncate(title, to: 18))
            }
        }
        return CompletionEntry.entries(for: command, index).compactMap { entry in
            entry.match(typed).map(entry.candidate)
        }
    }

    /// Completes a draft (without the `:`): extends it as far as the candidates agree, and returns them
    /// when there are several. Matching ignores case and accents; the typed text is never shortened.
    public static func complete(_ draft: String, _ index: DatasetIndex) -> (
        draft: String, candidates: [CompletionCandidate]
    ) {
        if let space = draft.firstIndex(of: " ") {
            let name = String(draft[..<space]).lowercased()
            let typed = String(draft[draft.index(after: space)...]).trimmingBlanks()
            let candidates = values(for: name, matching: typed, index)
            guard !candidates.isEmpty else { return (draft, []) }
            if candidates.count == 1 { return (name + " " + candidates[0].text, []) }
            let common = commonPrefix(candidates.map(\.text))
            let extends = DatasetIndex.fold(common).hasPrefix(DatasetIndex.fold(typed)) && common.count > typed.count
            return (name + " " + (extends ? common : typed), candidates)
        }
        let candidates = names.filter { $0.hasPrefix(draft.lowercased()) }
        guard !candidates.isEmpty else { return (draft, []) }
        if candidates.count == 1 {
            return (candidates[0] + (["clear", "pins"].contains(candidates[0]) ? "" : " "), [])
        }
        return (commonPrefix(candidates), candidates.map { CompletionCandidate($0) })
    }

    /// Why Tab found nothing for a draft, saying what would work; nil when it found something.
    static func nothingToComplete(_ draft: String, _ index: DatasetIndex) -> String? {
        guard let space = draft.firstIndex(of: " ") else {
            return names.contains(where: { $0.hasPrefix(draft.lowercased()) })
                ? nil
                : "no command starts with “\(draft)” — commands: " + names.joined(separator: ", ")
        }
        let name = String(draft[..<space]).lowercased()
        let typed = String(draft[draft.index(after: space)...]).trimmingBlanks()
        guard names.contains(name) else {
            return "unknown command “:\(name)” — commands: " + names.joined(separator: ", ")
        }
        if name == "clear" || name == "pins" { return ":\(name) takes no value" }
        guard values(for: name, matching: typed, index).isEmpty else { return nil }
        // Few enough to read: every valid value, as a wrong value on Enter lists them.
        let all = values(for: name, matching: "", index)
        if all.count <= listedValues {
            return "no \(name) matches “\(typed)” — " + all.map(\.text).joined(separator: ", ")
        }
        return "no \(name) matches “\(typed)” — Backspace, then Tab to list them all"
    }

    /// The draft with `candidate` in place of the value (or of the command name).
    static func draft(_ draft: String, picking candidate: CompletionCandidate) -> String {
        guard let space = draft.firstIndex(of: " ") else { return candidate.text }
        return String(draft[..<space]).lowercased() + " " + candidate.text
    }

    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first else { return "" }
        for w in words.dropFirst() { while !w.hasPrefix(prefix) { prefix.removeLast() } }
        return prefix
    }
}
