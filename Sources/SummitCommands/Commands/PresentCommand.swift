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
        help: ArgumentHelp("Advance every SECONDS by itself; any key pauses, a resumes.", valueName: "SECONDS"))
    var auto: Double?

    @Flag(name: .long, help: "Only the pinned records, in pin order (see `summit pins`).")
    var pins = false

    @OptionGroup var play: PlayOptions

    func validate() throws {
        if let auto, !(auto > 0 && auto <= 3600) {
            throw ValidationError("--auto takes the seconds between slides, from more than 0 to 3600, e.g. --auto 20.")
        }
        if output.json { throw ValidationError("present draws slides on a terminal; --json is for the lookups.") }
    }

    func run() throws {
        let playback = try play.playback()
        let index = try output.loadIndex()
        let chosen: [RecordRef]? = try pins ? PinsFile(data: output.data).briefingPins(index) : nil
        let outline = BriefingOutline(index, pins: chosen)
        // The config file's theme, colours and keys apply to presenting too (--theme still wins); its start pane and
        // the explorer's memory do not: a presentation starts at its first slide and is not remembered.
        let configuration = output.settings.load().configuration
        var options = ExplorerOptions()
        options.mouse = configuration.mouse
        options.color = !output.noColor
        // --theme, else the file's `[presentation] theme`, else its `[explorer] theme`, else default (a file that
        // says nothing keeps presenting's default).
        let configured =
            configuration.origins["presentation.theme"] != nil
            ? configuration.presentationTheme : configuration.theme
        options.theme = look.explorerTheme(configured: configured)
        options.styleOverrides = configuration.styleOverrides
        let auto = self.auto
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
}
