import Foundation
import SummitConfig
import SummitModel
import SummitTerminal
import SummitUI
import Testing

@testable import SummitCommands

/// What `summit config show` prints as a default is what summit does without a config file: each value is read back
/// from the real command's output and compared with what the explorer, `summit present` and the lookups choose from
/// the defaults and an empty command line.
@Suite("The defaults config show prints are the ones summit uses")
struct ConfigDefaultsTests {
    /// `summit config show` without a config file: `section.key` → the value as printed, quotes removed.
    static func shownDefaults() throws -> [String: String] {
        let home = CLIConfigTests.Home()
        defer { home.remove() }
        let shown = home.run(["config", "show"])
        try #require(shown.status == 0, "\(shown.err)")
        var section = ""
        var values: [String: String] = [:]
        for line in shown.out.split(separator: "\n").map(String.init) {
            if line.hasPrefix("[") {
                section = String(line.dropFirst().dropLast())
                continue
            }
            guard !line.hasPrefix("#"), let equals = line.range(of: " = "), let comment = line.range(of: "  # ")
            else { continue }
            #expect(line[comment.upperBound...] == "default", "\(line)")
            let value = line[equals.upperBound..<comment.lowerBound].trimmingCharacters(in: .whitespaces)
            values[section + "." + line[..<equals.lowerBound]] = value.trimmingCharacters(in: ["\""])
        }
        return values
    }

    @Test func explorerAndPresentationDefaults() throws {
        let shown = try Self.shownDefaults()
        let explorer = ExplorerLaunch.options(.defaults, flags: try Summit.parse([]))
        #expect(shown["explorer.theme"] == explorer.theme.rawValue)
        #expect(shown["explorer.mouse"] == String(explorer.mouse))
        #expect(shown["explorer.clipboard"] == String(explorer.clipboard))
        let first = ExplorerLaunch.starting(ExplorerState(size: Size(width: 80, height: 24)), .defaults)
        #expect(shown["explorer.pane"] == first.focus.rawValue)

        let present = try PresentCommand.parse([])
        let slides = PresentCommand.options(.defaults, noColor: false, look: present.look)
        #expect(shown["presentation.theme"] == slides.theme.rawValue)
        let delay = try #require(shown["presentation.delay"].flatMap { Double($0) })
        #expect(PresentCommand.autoSeconds(flag: present.auto, .defaults) == (delay > 0 ? delay : nil))
        #expect(first.presentationDelay == (delay > 0 ? delay : nil), "p in the explorer")
    }

    @Test func lookupDefaults() throws {
        let shown = try Self.shownDefaults()
        let home = CLIConfigTests.Home()
        defer { home.remove() }
        // The format printed is the one `summit quotes` writes without --format, and no other format's output.
        let format = try #require(shown["lookups.format"])
        let unflagged = home.run(["quotes", "--actor", "poland"])
        for candidate in LookupDefaults.formats {
            let flagged = home.run(["quotes", "--actor", "poland", "--format", candidate])
            #expect((flagged.out == unflagged.out) == (candidate == format), "--format \(candidate)")
        }
        // Width 0 means COLUMNS (then the terminal, then 80): unflagged output follows COLUMNS.
        #expect(shown["lookups.width"] == "0")
        for columns in [40, 100] {
            let wrapped = home.run(["quotes", "--actor", "poland"], extra: ["COLUMNS": String(columns)])
            #expect(wrapped.out == home.run(["quotes", "--actor", "poland", "--width", String(columns)]).out)
        }
    }

    @Test func theFlagsWinOverTheFileAndOnlyTurnThingsOff() throws {
        var configuration = Configuration()
        configuration.mouse = false
        configuration.clipboard = false
        configuration.theme = .light
        configuration.presentationTheme = .highContrast
        configuration.presentationDelay = 5
        let explorer = ExplorerLaunch.options(configuration, flags: try Summit.parse([]))
        #expect(!explorer.mouse && !explorer.clipboard, "mouse = false and clipboard = false as the flags do")
        #expect(explorer.theme == .light)
        #expect(ExplorerLaunch.options(.defaults, flags: try Summit.parse(["--no-clipboard"])).clipboard == false)
        #expect(ExplorerLaunch.options(.defaults, flags: try Summit.parse(["--no-mouse"])).mouse == false)

        // `summit present`: --theme, then [presentation] theme; the explorer's theme is not the presentation's.
        #expect(
            PresentCommand.options(configuration, noColor: false, look: try PresentCommand.parse([]).look).theme
                == .highContrast)
        #expect(
            PresentCommand.options(
                configuration, noColor: false, look: try PresentCommand.parse(["--theme", "light"]).look
            )
            .theme == .light)
        var explorerThemeOnly = Configuration()
        explorerThemeOnly.theme = .monochrome
        #expect(
            PresentCommand.options(explorerThemeOnly, noColor: false, look: try PresentCommand.parse([]).look).theme
                == Configuration.defaults.presentationTheme)
        #expect(
            !PresentCommand.options(configuration, noColor: false, look: try PresentCommand.parse([]).look).clipboard)
        // --auto, then [presentation] delay; 0 from either is off.
        #expect(PresentCommand.autoSeconds(flag: nil, configuration) == 5)
        #expect(
            ExplorerLaunch.starting(ExplorerState(size: Size(width: 80, height: 24)), configuration).presentationDelay
                == 5)
        #expect(PresentCommand.autoSeconds(flag: 2.5, configuration) == 2.5)
        #expect(PresentCommand.autoSeconds(flag: 0, configuration) == nil)
        #expect(try PresentCommand.parse(["--auto", "0"]).auto == 0)
        #expect(throws: (any Error).self) { try PresentCommand.parse(["--auto", "-1"]) }
    }
}
