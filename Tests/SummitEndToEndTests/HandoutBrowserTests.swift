import Foundation
import Testing

/// The HTML handout in a real browser: headless Chromium prints it to PDF, `pdftotext` reads the pages back. Every
/// pinned record's text and reference must be on the pages, and no word may run past the right margin. Chromium and
/// poppler-utils are test dependencies (`./dev test` installs them): when one is missing the test fails, never skips.
@Suite("the HTML handout printed by a browser")
struct HandoutBrowserTests {
    @Test func everyPinnedRecordIsOnThePagesWithinTheMargins() throws {
        for tool in ["chromium", "pdftotext"] {
            try #require(
                Spawn.isInstalled(tool), "\(tool) is missing: run ./dev deps (apt-get install chromium poppler-utils)")
        }
        let home = try CLIPinsTests.Home()
        defer { home.remove() }
        let ids = ["quote-buras-1", "poland", "pillar-2", "figure-coalition-nations", "question-who-sends-what"]
        #expect(home.run(["pins", "add"] + ids).status == 0)
        let html = home.folder.appendingPathComponent("handout.html").path
        let pdf = home.folder.appendingPathComponent("handout.pdf").path
        let exported = home.run(["export", "--format", "html", "--pins", "-o", html])
        #expect(exported.status == 0, "\(exported.err)")
        for paper in ["A4", "Letter"] {
            try print(html, to: pdf, paper: paper, profile: home.folder.appendingPathComponent("chromium").path)
            let text = try Spawn.run(["pdftotext", "-layout", pdf, "-"]).out
            let flat = Self.words(text)
            let listed = home.run(["pins", "--json"]).json?["results"] as? [[String: Any]] ?? []
            #expect(listed.count == ids.count)
            for entry in listed {
                let id = entry["id"] as? String ?? ""
                let paragraph = entry["paragraph"] as? Int ?? 0
                #expect(flat.contains(Self.words("[\(id) ¶\(paragraph)]")), "\(paper): no reference for \(id)")
                let record = entry["record"] as? [String: Any] ?? [:]
                let span = record["span"] as? [String: Any]
                let passage = span?["excerpt"] as? String ?? ""
                #expect(!passage.isEmpty && flat.contains(Self.words(passage)), "\(paper): no passage for \(id)")
            }
            try expectWithinMargins(pdf, paper: paper)
        }
    }

    /// Prints with the page size of `paper` (the stylesheet sets margins only, so both sizes must fit).
    private func print(_ html: String, to pdf: String, paper: String, profile: String) throws {
        try? FileManager.default.removeItem(atPath: pdf)
        // A page-size rule injected by a second file would change the handout; Chromium takes the paper from the
        // system default (Letter) unless the page says otherwise, so A4 is checked through a copy with @page size.
        var source = html
        if paper == "A4" {
            source = html.replacingOccurrences(of: ".html", with: "-a4.html")
            let text = try String(contentsOfFile: html, encoding: .utf8)
                .replacingOccurrences(of: "@page { margin", with: "@page { size: A4; margin")
            try text.write(toFile: source, atomically: true, encoding: .utf8)
        }
        let run = try Spawn.run(
            [
                "chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=" + profile, "--print-to-pdf=" + pdf, "file://" + source,
            ],
            timeLimit: .seconds(90))
        #expect(FileManager.default.fileExists(atPath: pdf), "chromium printed nothing: \(run.err)")
    }

    /// Every word's right edge lies inside the page, short of the stylesheet's 16 mm side margin (45.4 pt; 1 pt of slack). Text beyond the page is dropped by
    /// pdftotext, so a clipped line shows as a missing passage above or as a word ending inside the margin here.
    private func expectWithinMargins(_ pdf: String, paper: String) throws {
        let boxes = try Spawn.run(["pdftotext", "-bbox", pdf, "-"]).out
        let page = try #require(boxes.firstMatch(of: /<page width="([0-9.]+)"/))
        let width = Double(page.1) ?? 0
        #expect(abs(width - (paper == "A4" ? 595.3 : 612)) < 2, "\(paper): page width \(width)")
        var widest = 0.0
        for match in boxes.matches(of: /xMax="([0-9.]+)"/) { widest = max(widest, Double(match.1) ?? 0) }
        #expect(widest > 0 && widest <= width - 44, "\(paper): a word ends at \(widest) of \(width) pt")
    }

    /// Text as a run of single-spaced words, so wrapping does not matter (a break after a hyphen joins up again).
    static func words(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ").replacingOccurrences(of: "- ", with: "-")
    }
}
