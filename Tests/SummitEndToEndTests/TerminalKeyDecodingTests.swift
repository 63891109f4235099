import SummitUI
import Testing

@testable import SummitTerminal

/// wget_wch characters → summit keys (keypad codes are exercised in tmux by TmuxExplorerTests), and the themes' promise that focus, selection and matches stay
/// distinguishable without colour.
struct TerminalKeyDecodingTests {
    @Test(
        "Characters: Enter, Esc, Tab, Backspace/DEL/^H, Ctrl-letters, and UTF-8 text",
        arguments: [
            (UInt32(13), Decoded.key(.enter)), (10, .key(.enter)), (27, .key(.escape)), (9, .key(.tab)),
            (127, .key(.backspace)), (8, .key(.backspace)), (3, .key(.control("c"))), (26, .key(.control("z"))),
            (12, .key(.control("l"))), (1, .key(.control("a"))), (0x71, .key(.character("q"))),
            (0x2F, .key(.character("/"))), (0xE9, .key(.character("é"))), (0x4E2D, .key(.character("中"))),
            (0x9B, .ignored), (0x1C, .ignored), (0, .ignored),
        ])
    func characters(code: UInt32, decoded: Decoded) {
        #expect(KeyDecoder.decodeCharacter(code) == decoded)
    }

    @Test(
        "Every theme tells focus, selection and matches apart from plain text and from each other",
        arguments: Theme.allCases)
    func themesKeepCuesApart(theme: Theme) {
        let cues: [Style] = [.normal, .selected, .match, .focusedTitle]
        let looks = cues.map { Look.of($0, theme: theme) }
        #expect(Set(looks).count == cues.count)
    }

    @Test("Monochrome uses attributes only") func monochromeHasNoColour() {
        for style in Style.allCases {
            let look = Look.of(style, theme: .monochrome)
            #expect(look.foreground == nil && look.background == nil, "\(style)")
        }
        #expect(Look.of(.selected, theme: .monochrome).reverse)
        #expect(Look.of(.match, theme: .monochrome).underline)
    }

    @Test("Without a terminal the message names the lookups") func refusalMessage() {
        let line = TerminalCheck.message(for: .termUnknown("vt\u{1B}[31m"))
        #expect(line.contains("summit --help"))
        #expect(!line.unicodeScalars.contains { $0.value < 0x20 }, "TERM is shown safely")
        // One line a phone-sized terminal can show without wrapping it mid-word (TERM names are short).
        let problems: [TerminalCheck.Problem] = [
            .noKeyboard, .stdoutNotATerminal, .termUnset,
            .termUnknown("xterm-kitty"), .noCursorAddressing("dumb"),
        ]
        for problem in problems {
            #expect(TerminalCheck.message(for: problem).count <= 80, "\(problem)")
        }
    }

    @Test("Terminfo delay markers never reach the crash reset bytes") func paddingRemoved() {
        #expect(
            TerminalCapabilities.withoutPadding(Array("\u{1B}[?1049l$<5>\u{1B}[m".utf8))
                == Array("\u{1B}[?1049l\u{1B}[m".utf8))
    }
}
