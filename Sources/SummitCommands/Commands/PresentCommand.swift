import ArgumentParser
import SummitConfig
import SummitModel
import SummitTerminal
import SummitUI

/// `summit present`: the briefing as full-screen slides for a room.
struct PresentCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "present",
        abstract: "Present the briefing as full-screen slides: pillars, who offers what, figures, quotes, questions.",
        discussion: """
            Keys: → Space PgDn n next, ← PgUp p previous, a number then Enter jumps, Home End, b blanks the screen, \
            r redraws, ? help, q leaves. In the explorer, p presents from the selected record. Each slide's footer \
            names its records as [id ¶N], as the lookups do.

            EXAMPLES:
              summit present
              summit present --theme high-contrast
              summit present --theme light --auto 20
              summit present --pins
              summit present --play Resources/demo.keys
            """
    )

    @OptionGroup var output: OutputOptions

    @OptionGroup var look: ThemeOption

    @Option(
        name: .long,
        help: ArgumentHelp(
            "Advance every SECONDS by itself; any key pauses, a resumes. Default: delay under [presentation] in the "
                + "config file, else off; --auto 0 turns it off.",
            valueName: "SECONDS"))
    var auto: Double?

    @Flag(name: .long, help: "Only the pinned records, in pin order (see `summit pins`).")
    var pins = false

    @OptionGroup var play: PlayOptions

    func validate() throws {
        if let auto, !(auto >= 0 && auto <= 3600) {
            throw ValidationError(
                "--auto takes the seconds between slides, from 0 (off) to 3600, e.g. --auto 20.")
        }
        if output.json { throw ValidationError("present draws slides on a terminal; --json is for the lookups.") }
    }

    func run() throws {
        let playback = try play.playback()
        let index = try output.loadIndex()
        let chosen: [RecordRef]? = try pins ? PinsFile(data: output.data).briefingPins(index) : nil
        let outline = BriefingOutline(index, pins: chosen)
        let configuration = output.settings.load().configuration
        let options = Self.options(configuration, noColor: output.noColor, look: look)
        let auto = Self.autoSeconds(flag: self.auto, configuration)
        let status = ExplorerApp.run(
            index: index, options: options, keyMap: configuration.keyMap,
            start: { size in
                var state = ExplorerState(size: size)
                state.mode = .present(
                    Presentation(
                        outline: outline, index, size: size, standalone: true, autoSeconds: auto))
                return state
            }, playback: playback)
        if status != 0 { throw ExitCode(status) }
    }

    /// The config file's theme, colours, mouse and keys apply to presenting; `--theme` wins over the file's
    /// `[presentation] theme`, whose default is `Configuration.defaults`' (the explorer's theme does not apply: one
    /// rule, the one `summit config show` prints). The file's start pane and the explorer's memory do not apply: a
    /// presentation starts at its first slide and is not remembered.
    static func options(_ configuration: Configuration, noColor: Bool, look: ThemeOption) -> ExplorerOptions {
        var options = ExplorerOptions()
        options.mouse = configuration.mouse
        options.clipboard = configuration.clipboard
        options.color = !noColor
        options.theme = look.explorerTheme(configured: configuration.presentationTheme)
        options.styleOverrides = configuration.styleOverrides
        return options
    }

    /// Seconds between slides: `--auto`, else the file's `[presentation] delay`; 0 from either means no auto-advance.
    static func autoSeconds(flag: Double?, _ configuration: Configuration) -> Double? {
        let seconds = flag ?? Double(configuration.presentationDelay)
        return seconds > 0 ? seconds : nil
    }
}
