import Foundation
import FoundationXML
import SummitData
import SummitModel
import Testing

@testable import SummitCommands

/// `summit export`: the handout parsed back. Markdown keeps the outline's structure and cannot be broken out of; HTML
/// is well-formed, self-contained and escapes hostile text; files are written atomically and kept without --force.
@Suite("summit export")
struct CLIExportTests {
    let index: DatasetIndex
    init() throws { index = DatasetIndex(try BundledDataset.load()) }

    @Test func markdownFollowsTheBriefingOutline() throws {
        let result = CLI.run(["export", "--format", "markdown"])
        #expect(result.status == 0, "\(result.err)")
        let lines = result.out.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let sections = BriefingOutline(index).sections
        #expect(lines.filter { $0.hasPrefix("# ") } == ["# " + MarkdownHandout.escape(index.dataset.title)])
        #expect(lines.filter { $0.hasPrefix("## ") }.count == sections.count - 1)
        // Every record of the outline is an item, in outline order, each closed by its attribution and reference.
        let refs = sections.flatMap(\.refs)
        let paragraphs = Paragraphs(text: index.dataset.source.text)
        let closings = lines.filter { $0.hasPrefix("> \u{2014} ") }
        #expect(closings.count == refs.count)
        #expect(lines.filter { $0.hasPrefix("### ") }.count == refs.count)
        for (closing, ref) in zip(closings, refs) {
            let reference = paragraphs.reference(id: ref.id, span: index.span(of: ref))
            #expect(closing.hasSuffix(MarkdownHandout.escape(reference)), "\(closing)")
            #expect(closing.contains("Abdiwahab Ahmed, Axadle Times"))
        }
        // Each item: heading, its lines, the passage quoted, then the closing line.
        for (i, line) in lines.enumerated() where line.hasPrefix("### ") {
            let rest = lines[(i + 1)...].prefix { !$0.hasPrefix("#") }
            #expect(rest.contains { $0.hasPrefix("> ") && !$0.hasPrefix("> \u{2014}") }, "no passage after \(line)")
        }
    }

    @Test func markdownEscapingLeavesNoMarkup() {
        let hostile =
            "# Title *bold* _it_ `code` | cell | [link](http://x) <b>html</b> &amp; ~~s~~ $x$ \\n\n## next\n1. item"
        let escaped = MarkdownHandout.escape(hostile)
        #expect(!escaped.contains("\n"))
        // Every markup character is preceded by a backslash, and removing the escapes gives the text back.
        var unescaped = ""
        var previous: Character = " "
        var escaping = false
        for character in escaped {
            if escaping {
                unescaped.append(character)
                escaping = false
                previous = " "
                continue
            }
            if character == "\\" {
                escaping = true
                continue
            }
            #expect(!"`*_[]<>#|!&~$".contains(character), "unescaped \(character) after \(previous) in \(escaped)")
            unescaped.append(character)
            previous = character
        }
        #expect(unescaped == hostile.replacingOccurrences(of: "\n", with: " "))
        #expect(MarkdownHandout.escape("1. item").hasPrefix("1\\."))
        #expect(MarkdownHandout.escape("- item").hasPrefix("\\-"))
        #expect(MarkdownHandout.escape("    code").hasPrefix("code"))
        #expect(MarkdownHandout.escape("\u{1B}[31mred").hasPrefix("\u{241B}"))
    }

    @Test func htmlIsWellFormedAndSelfContained() throws {
        let result = CLI.run(["export", "--format", "html"])
        #expect(result.status == 0, "\(result.err)")
        let document = try XMLDocument(data: Data(result.stdout), options: [])
        let names = Set(try document.nodes(forXPath: "//*").compactMap(\.name))
        #expect(names.isSubset(of: Self.htmlElements), "\(names.subtracting(Self.htmlElements))")
        #expect(try document.nodes(forXPath: "//*[@src or @href]").isEmpty)
        let style = try document.nodes(forXPath: "//style").first?.stringValue ?? ""
        #expect(style.contains("@media print") && !style.contains("url(") && !style.contains("@import"))
        let articles = try document.nodes(forXPath: "//article").count
        #expect(articles == BriefingOutline(index).sections.flatMap(\.refs).count)
        #expect(!result.out.contains("http"))
    }

    @Test func hostileTextIsEscapedInHTMLAndMarkdown() throws {
        let file = Fixture.root.appendingPathComponent("Tests/Fixtures/hostile-dataset.json").path
        let html = CLI.run(["export", "--format", "html", "--data", file])
        #expect(html.status == 0, "\(html.err)")
        #expect(CLI.controlBytes(in: html.stdout).isEmpty)
        let document = try XMLDocument(data: Data(html.stdout), options: [])
        let names = Set(try document.nodes(forXPath: "//*").compactMap(\.name))
        #expect(names.isSubset(of: Self.htmlElements), "\(names.subtracting(Self.htmlElements))")
        let markdown = CLI.run(["export", "--format", "markdown", "--data", file])
        #expect(markdown.status == 0 && CLI.controlBytes(in: markdown.stdout).isEmpty)
        // A dataset string with a tag stays text: its escaped form is in the file, the raw one is not.
        let tagged = CLI.run(["export", "--format", "html", "--data", try Self.taggedDataset()])
        #expect(tagged.out.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(!tagged.out.contains("<script"))
    }

    @Test func aFileIsKeptUnlessForced() throws {
        let folder = try Fixture.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("briefing.md").path
        #expect(CLI.run(["export", "--format", "markdown", "-o", path]).status == 0)
        let first = try String(contentsOfFile: path, encoding: .utf8)
        #expect(first == CLI.run(["export", "--format", "markdown"]).out)
        try "mine".write(toFile: path, atomically: false, encoding: .utf8)
        let refused = CLI.run(["export", "--format", "html", "-o", path])
        #expect(refused.status == 73 && refused.err.contains("exists already") && refused.err.contains("--force"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "mine")
        #expect(CLI.run(["export", "--format", "html", "-o", path, "--force"]).status == 0)
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("<!DOCTYPE html>"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["briefing.md"])
        let missing = CLI.run(["export", "--format", "html", "-o", "/proc/no/such/folder/x.html"])
        #expect(missing.status == 74 && missing.err.contains("cannot"))
    }

    @Test func pinsGiveTheirRecordsInPinOrder() throws {
        let home = try CLIPinsTests.Home()
        defer { home.remove() }
        #expect(home.run(["export", "--format", "markdown", "--pins"]).status == 1)
        _ = home.run(["pins", "add", "quote-buras-1", "poland"])
        let markdown = home.run(["export", "--format", "markdown", "--pins"]).out
        let items = markdown.split(separator: "\n").filter { $0.hasPrefix("> \u{2014} ") }
        #expect(items.count == 2)
        #expect(
            items.first?.hasSuffix("\\[quote-buras-1 ¶7\\]") == true
                && items.last?.hasSuffix("\\[poland ¶14\\]") == true)
    }

    static let htmlElements: Set<String> = [
        "html", "head", "meta", "title", "style", "body", "section", "h1", "h2", "h3", "p", "article", "blockquote",
        "footer", "span",
    ]

    /// The bundled dataset titled with a script tag (the title is free text, shown in <title> and <h1>).
    static func taggedDataset() throws -> String {
        var object = try Fixture.bundledObject()
        object["title"] = "<script>alert(\"x\")</script>"
        return try Fixture.write(object, named: "tagged.json", in: try Fixture.temporaryFolder())
    }
}
