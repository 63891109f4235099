import Foundation
import Glibc
import Testing

/// Hostile text, end to end in the explorer: the hostile dataset's attacks (titles, clipboard, links, DCS, cursor
/// moves, clears, colours, bells, C1, bidi) take no effect in a real terminal, and grapheme clusters reach the
/// terminal whole. Read from tmux's state and from the raw bytes summit wrote (`pipe-pane`).
@Suite("Hostile text in tmux", .serialized, .requires(.tmux))
struct TmuxHostileTextTests {
    static let hostile = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/hostile-dataset.json").path

    @Test("No attack in the hostile dataset takes effect: title, clipboard, bell, cursor and screen stay summit's")
    func hostileDatasetTakesNoEffect() throws {
        let session = try TmuxSession(width: 120, height: 30)
        defer { session.close() }
        // Let OSC 52 reach tmux's buffers if anything sent it, so its absence means something.
        try session.tmux(["set-option", "-g", "set-clipboard", "on"])
        let titleBefore = try session.format("#{pane_title}")
        let raw = try RawCapture(session)
        try session.launchExplorer(arguments: "--data '\(Self.hostile)'")
        let pid = try session.childOfShell()
        for keys in ["2", "j", "3", "j", "s"] {  // positions, quotes and the article, each attack on screen in turn
            let before = try session.screen()
            try session.type(keys)
            try session.waitUntil("the screen after \(keys)") { $0 != before }
        }
        let article = try session.waitFor("Source: Headline")
        // Placeholders shown instead of the sequences.
        #expect(article.contains("Headline ␛]2;PWNED-TITLE-2␛\\"))
        #expect(article.contains("⟨U+202E⟩evil"))
        #expect(try session.format("#{pane_title}") == titleBefore)
        #expect(try session.format("#{window_bell_flag}") == "0")
        #expect(try session.tmux(["list-buffers"]).isEmpty)
        #expect(try session.format("#{cursor_flag}") == "0")  // browsing: summit hides the cursor
        // The article view fills the screen: no clear or cursor move broke its frame.
        let lines = article.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.count >= 30)
        try session.press("Escape")
        try session.type("/")
        try session.waitUntil("the search prompt") { $0.split(separator: "\n").last?.hasPrefix(" /") == true }
        // The cursor is where summit put it: after "/" on the bottom line.
        #expect(try session.format("#{cursor_flag} #{cursor_x},#{cursor_y}") == "1 2,29")
        try session.press("Escape")
        try session.type("q")
        try session.waitUntilProcessEnds(pid, timeLimit: .seconds(2))
        try session.expectSaneShell()
        #expect(try session.format("#{pane_title}") == titleBefore)
        // Summit itself never sent the dataset's sequences: no OSC, DCS, C1 or bell byte.
        let bytes = try raw.bytes()
        for attack in [
            "\u{1B}]0;", "\u{1B}]2;", "\u{1B}]52;", "\u{1B}]8;", "\u{1B}P", "\u{7}", "\u{C2}\u{9B}", "\u{C2}\u{9D}",
            "\u{E2}\u{80}\u{AE}",
        ] {
            #expect(
                !bytes.contains(attack), "summit wrote \(attack.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("Flags, ZWJ sequences and letters with many combining marks reach the terminal whole")
    func clustersAreWrittenWhole() throws {
        let flag = "🇺🇦"
        let family = "👨‍👩‍👧"
        let zalgo = "e" + String(repeating: "\u{301}", count: 12)
        // The hostile dataset with an actor named by the clusters, shown in the Positions list and the detail.
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.hostile))
        var json = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        var actors = try #require(json["actors"] as? [[String: Any]])
        actors[0]["name"] = "Flag \(flag) family \(family) zalgo \(zalgo) end"
        json["actors"] = actors
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "summit-clusters-\(UUID().uuidString).json")
        try JSONSerialization.data(withJSONObject: json).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }

        let session = try TmuxSession(width: 120, height: 30)
        defer { session.close() }
        let raw = try RawCapture(session)
        try session.launchExplorer(arguments: "--data '\(file.path)'")
        try session.type("2")
        try session.waitFor("zalgo")
        let bytes = try raw.bytes(containing: [flag, family, zalgo])
        for cluster in [flag, family, zalgo] {
            #expect(bytes.contains(cluster), "\(cluster.unicodeScalars.count) scalars not written whole")
        }
        try session.quitExplorer(try session.childOfShell())
    }
}

/// Everything the pane's program writes, as tmux received it (`pipe-pane -o`), kept in a temporary file.
struct RawCapture {
    let file: URL
    init(_ session: TmuxSession) throws {
        file = FileManager.default.temporaryDirectory.appendingPathComponent("summit-raw-\(UUID().uuidString).bin")
        FileManager.default.createFile(atPath: file.path, contents: nil)
        try session.tmux(["pipe-pane", "-o", "cat >> '\(file.path)'"])
    }

    /// The bytes so far, decoded leniently (invalid UTF-8 becomes U+FFFD, never hides a control byte); with
    /// `needles`, once all of them have come through the pipe (or the time limit passed: the caller's expectations
    /// then say what is missing), instead of guessing how long the pipe takes.
    func bytes(containing needles: [String] = [], timeLimit: Duration = .seconds(5)) throws -> String {
        defer { try? FileManager.default.removeItem(at: file) }
        let deadline = ContinuousClock.now + timeLimit
        while true {
            let text = String(decoding: try Data(contentsOf: file), as: UTF8.self)
            if needles.allSatisfy({ text.contains($0) }) || ContinuousClock.now > deadline { return text }
            usleep(20_000)
        }
    }
}
